import type { EventInputDraft } from "../events/event.input.js";
import type { DemoClock } from "./demo-clock.js";
import { type StaffKey, staffContact, staffName } from "./staff.js";

interface DemoEvent {
  slug: string;
  title: string;
  summary: string;
  body: string;
  /** Days from today, and Brussels wall-clock start and end. */
  day: number;
  from: string;
  until: string;
  /** null: online. */
  location: string | null;
  organiser: string;
  contact: StaffKey;
  calls: string[];
  recorded?: boolean;
  language?: "nl" | "en";
}

const site = "https://subsidiegids.be";

/** Info sessions and workshops around the demo calls: some behind us, some still to come. */
export function demoEvents(clock: DemoClock): EventInputDraft[] {
  return EVENTS.map((e) => {
    const contact = staffContact(e.contact);
    return {
      slug: e.slug,
      title: e.title,
      summary: e.summary,
      body: e.body,
      startsAt: clock.at(e.day, e.from),
      endsAt: clock.at(e.day, e.until),
      isOnline: e.location === null,
      location: e.location,
      organiser: e.organiser,
      contactName: contact.name,
      contactEmail: contact.email,
      registrationUrl: `${site}/evenementen/${e.slug}/inschrijven`,
      recordingUrl: e.recorded ? `${site}/opnames/${e.slug}` : null,
      language: e.language ?? "nl",
      calls: e.calls,
      publishedAt: clock.at(Math.min(e.day - 21, -1), "09:00"),
      publishedBy: staffName(e.contact),
    };
  });
}

const EVENTS: DemoEvent[] = [
  {
    slug: "infosessie-esf-oproep-608",
    title: "Infosessie ESF-oproep 608: loopbaanbegeleiding in de zorg",
    summary: "Een digitale toelichting bij de oproep voor opleiding en loopbaanbegeleiding van zorgmedewerkers.",
    body: "Europa WSE overliep de voorwaarden van de oproep, de beoordelingscriteria en de begroting. Daarna was er ruim tijd voor vragen. Wie er niet bij was, kan de opname herbekijken.",
    day: -80,
    from: "10:00",
    until: "12:00",
    location: null,
    organiser: "Europa WSE",
    contact: "els",
    calls: ["esf-oproep-608-loopbaanbegeleiding-zorg"],
    recorded: true,
  },
  {
    slug: "infodag-erasmus-scholen",
    title: "Infodag Erasmus+ voor scholen",
    summary: "Alles over mobiliteit en partnerschappen voor het basis- en secundair onderwijs.",
    body: "Op deze infodag kwamen de mogelijkheden van Erasmus+ voor scholen aan bod: de accreditatie, korte mobiliteitsprojecten en kleinschalige partnerschappen. Scholen met ervaring vertelden hoe zij hun eerste project aanpakten.",
    day: -50,
    from: "09:30",
    until: "16:00",
    location: "Hendrik Consciencegebouw, Koning Albert II-laan 15, 1210 Brussel",
    organiser: "EPOS vzw",
    contact: "joris",
    calls: ["erasmus-kleinschalige-partnerschappen-schoolonderwijs"],
    recorded: true,
  },
  {
    slug: "webinar-creative-europe-samenwerkingsprojecten",
    title: "Webinar Creative Europe: samenwerkingsprojecten",
    summary: "Hoe bouw je een Europees samenwerkingsproject in de culturele sector op?",
    body: "Creative Europe Desk Vlaanderen gaf tips voor het vinden van partners, het opstellen van een begroting en het schrijven van een overtuigend voorstel.",
    day: -200,
    from: "14:00",
    until: "15:30",
    location: null,
    organiser: "Creative Europe Desk Vlaanderen",
    contact: "hanne",
    calls: ["creative-europe-cooperation-projects"],
    recorded: true,
  },
  {
    slug: "netwerkmoment-life-vlaanderen",
    title: "Netwerkmoment LIFE in Vlaanderen",
    summary: "Ontmoet Vlaamse LIFE-projecten en mogelijke partners voor een nieuw voorstel.",
    body: "Lopende LIFE-projecten stelden zich voor op een marktplaats. In korte sessies kwamen de nieuwe oproepen en de ondersteuning door het Vlaamse contactpunt aan bod.",
    day: -20,
    from: "13:00",
    until: "17:30",
    location: "ICC Gent, Van Rysselberghedreef 2, 9000 Gent",
    organiser: "Departement Omgeving",
    contact: "pieter",
    calls: ["life-standard-action-projects-nature", "life-climate-adaptation"],
  },
  {
    slug: "vragenuurtje-stedenbanden-cerv",
    title: "Vragenuurtje stedenbanden met CERV",
    summary: "Een uur lang antwoorden op je vragen over de oproep Town-Twinning.",
    body: "Heeft jouw gemeente een zustergemeente in het buitenland? In dit online vragenuurtje leggen we uit hoe je een stedenband omzet in een Europees project, en wat het vaste bedrag dekt.",
    day: 4,
    from: "11:00",
    until: "12:00",
    location: null,
    organiser: "Subsidiegids",
    contact: "hanne",
    calls: ["cerv-town-twinning"],
  },
  {
    slug: "infosessie-esf-oproep-614",
    title: "Infosessie ESF-oproep 614: proeftuinen voor nieuwkomers",
    summary: "De oproep voor lokale proeftuinen rond sociale netwerking en participatie, stap voor stap toegelicht.",
    body: `Europa WSE en de VVSG stellen de oproep voor en beantwoorden je vragen. Deelnemen wordt sterk aangeraden voor elk lokaal bestuur dat wil indienen.

Op het programma:

- de doelstellingen en de doelgroep;
- de verdeling van de kosten tussen AMIF, VVSG en eigen middelen;
- het indienen via het ESF-portaal.

De sessie wordt opgenomen en achteraf gedeeld.`,
    day: 6,
    from: "10:00",
    until: "12:00",
    location: null,
    organiser: "Europa WSE",
    contact: "els",
    calls: ["esf-oproep-614-proeftuinen-nieuwkomers"],
  },
  {
    slug: "infosessie-leerecosystemen-fase-1",
    title: "Infosessie Leerecosystemen: zo dien je je concept in",
    summary: "Wat verwacht de jury van een concept in fase 1 van de oproep Leerecosystemen?",
    body: "We overlopen de beoordelingscriteria, tonen voorbeelden van sterke netwerken en geven tijd om partners te ontmoeten. Koffie en broodjes staan klaar.",
    day: 9,
    from: "13:30",
    until: "16:30",
    location: "Lamot, Van Beethovenstraat 8, 2800 Mechelen",
    organiser: "Europa WSE",
    contact: "els",
    calls: ["esf-oproep-612-leerecosystemen"],
  },
  {
    slug: "horizon-cluster-5-brokerage",
    title: "Horizon Europe Cluster 5 brokerage event",
    summary: "Find partners for the next Cluster 5 topics on climate, energy and mobility.",
    body: "Short pitches by organisations looking for partners, one-to-one meetings and a briefing on the two-stage procedure of the renewable energy topic.",
    day: 20,
    from: "09:00",
    until: "17:00",
    location: "Provinciehuis Leuven, Provincieplein 1, 3010 Leuven",
    organiser: "NCP Flanders",
    contact: "nadia",
    calls: ["horizon-cl5-renewable-energy-technologies"],
    language: "en",
  },
  {
    slug: "kennismaking-oproep-620-maatwerk",
    title: "Kennismaking met oproep 620: maatwerk in de sociale economie",
    summary: "Een eerste voorstelling van de oproep, nog voor ze opent.",
    body: "Maatwerkbedrijven en hun partners krijgen een eerste blik op de oproep: wie mag indienen, welke activiteiten in aanmerking komen en hoe de timing eruitziet.",
    day: 25,
    from: "14:00",
    until: "16:00",
    location: "Oud Sint-Jan, Mariastraat 38, 8000 Brugge",
    organiser: "Europa WSE",
    contact: "els",
    calls: ["esf-oproep-620-maatwerk-sociale-economie"],
  },
  {
    slug: "schrijfatelier-erasmus-kleinschalige-partnerschappen",
    title: "Schrijfatelier Erasmus+: je eerste kleinschalig partnerschap",
    summary: "Een praktische namiddag waarin je werkt aan je eigen projectvoorstel.",
    body: "Breng je idee mee. In kleine groepen werk je aan de doelstellingen, de activiteiten en de verspreiding van je project, met feedback van ervaren begeleiders.",
    day: 40,
    from: "13:00",
    until: "17:00",
    location: "De Studio, Maarschalk Gerardstraat 4, 2000 Antwerpen",
    organiser: "Subsidiegids i.s.m. EPOS vzw",
    contact: "joris",
    calls: ["erasmus-kleinschalige-partnerschappen-schoolonderwijs"],
  },
];
