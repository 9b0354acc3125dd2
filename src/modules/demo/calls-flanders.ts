import type { CallInputDraft } from "../calls/call.input.js";
import type { DemoClock } from "./demo-clock.js";
import { staffContact, staffName } from "./staff.js";

const europaWse = { label: "Oproepen op de website van Europa WSE", url: "https://www.europawse.be/oproepen" };

/** Flemish ESF+ and Erasmus+ calls, in Dutch, each in a different stage of its life. */
export function flemishCalls(clock: DemoClock): CallInputDraft[] {
  return [
    {
      slug: "esf-oproep-612-leerecosystemen",
      title: "ESF-oproep Leerecosystemen: samen leren in de regio",
      code: "Oproep 612",
      programme: "esf-plus",
      opensOn: clock.day(-20),
      deadlines: [
        { date: clock.day(30), time: "17:00", label: "fase 1" },
        { date: clock.day(90), label: "fase 2" },
      ],
      introduction: `Leren gebeurt niet alleen in een klaslokaal. Met deze oproep wil Europa WSE netwerken van scholen, bedrijven, lokale besturen en verenigingen steunen die samen plekken creëren waar jong en oud al doende hun talenten ontdekken.

De oproep verloopt in twee fasen. In fase 1 dien je een beknopt concept in; wie geselecteerd wordt, werkt dat uit tot een volledig projectvoorstel voor fase 2.`,
      objectives: `- Meer toegankelijke en levensechte leeromgevingen in de regio.
- Meer goesting om te leren, vooral bij wie nu weinig deelneemt aan opleiding.
- Duurzame samenwerking tussen onderwijs, werk en vrije tijd.`,
      infoContact:
        "Lees de oproepfiche en de veelgestelde vragen voor je indient; het concept voor fase 1 telt maximaal vijf pagina's.",
      partnersNeeded: "no",
      partnersNote: "Je werkt samen met Vlaamse partners in een lokaal netwerk; buitenlandse partners zijn niet nodig.",
      projectType: "Werkingskosten en begeleidingstrajecten",
      budgetAmountEur: 8_000_000,
      budgetNote: "Voor beide fasen samen; ongeveer 20 projecten worden geselecteerd.",
      expectedGrants: 20,
      maxContributionEur: 500_000,
      url: "https://www.europawse.be/oproepen",
      links: [europaWse],
      contacts: [staffContact("els")],
      publishedAt: clock.at(-20, "09:30"),
      publishedBy: staffName("els"),
    },
    {
      slug: "esf-oproep-614-proeftuinen-nieuwkomers",
      title: "Proeftuinen sociale netwerking en participatie voor nieuwkomers",
      code: "Oproep 614",
      programme: "esf-plus",
      opensOn: clock.day(-35),
      deadlines: [{ date: clock.day(25) }],
      introduction: `Wie nieuw is in Vlaanderen, integreert sneller met een netwerk van buren, collega's en vrijwilligers. Deze oproep laat lokale besturen experimenteren met manieren om nieuwkomers die kansen te bieden: buddywerking, een stage bij een bedrijf, vrijwilligerswerk of een kennismaking met het verenigingsleven.

Het lokaal bestuur trekt de proeftuin en kan partners uit het middenveld inschakelen. Kleinere gemeenten dienen bij voorkeur samen in.`,
      objectives: `- Minstens 20 lokale proeftuinen, waarvan de helft in kleinere steden en gemeenten.
- Meer sociale contacten en participatie voor nieuwkomers tijdens en na hun inburgering.
- Lessen die andere besturen kunnen overnemen.`,
      partnersNeeded: "no",
      projectType: "Proeftuinen onder regie van het lokaal bestuur",
      budgetAmountEur: 3_000_000,
      cofinancingNote:
        "De kosten worden gedeeld: Europese middelen uit AMIF en een bijdrage van de VVSG dekken samen hoogstens de helft.",
      cofinancingShares: [
        { source: "AMIF", bound: "max", percent: 25 },
        { source: "VVSG", bound: "max", percent: 25 },
        { source: "eigen middelen (publiek of privaat)", bound: "min", percent: 50 },
      ],
      themes: ["migratie-en-integratie", "sociale-bescherming"],
      beneficiaryTypes: ["lokale-overheid"],
      url: "https://www.europawse.be/oproepen",
      links: [europaWse, { label: "Integratie en inburgering bij de VVSG", url: "https://www.vvsg.be" }],
      contacts: [staffContact("els")],
      publishedAt: clock.at(-35, "10:00"),
      publishedBy: staffName("els"),
    },
    {
      slug: "esf-oproep-608-loopbaanbegeleiding-zorg",
      title: "Loopbaanbegeleiding en opleiding voor werknemers in de zorg",
      code: "Oproep 608",
      programme: "esf-plus",
      opensOn: clock.day(-100),
      deadlines: [{ date: clock.day(-14), time: "17:00" }],
      introduction:
        "Zorgorganisaties kampen met personeelstekorten en een hoge werkdruk. Deze oproep steunde projecten die medewerkers in de zorg helpen om bij te leren en hun loopbaan duurzaam uit te bouwen.",
      objectives: "- Meer zorgmedewerkers die een opleiding volgen.\n- Minder uitval door betere begeleiding op de werkvloer.",
      partnersNeeded: "no",
      budgetAmountEur: 4_500_000,
      themes: ["werkgelegenheid", "gezondheid"],
      beneficiaryTypes: ["non-profit-organisaties", "publieke-ondernemingen", "lokale-overheid"],
      url: "https://www.europawse.be/oproepen",
      links: [europaWse],
      contacts: [staffContact("els")],
      publishedAt: clock.at(-100, "11:00"),
      publishedBy: staffName("els"),
    },
    {
      slug: "esf-oproep-620-maatwerk-sociale-economie",
      title: "Maatwerk in de sociale economie: nieuwe jobs op maat",
      code: "Oproep 620",
      programme: "esf-plus",
      opensOn: clock.day(21),
      deadlines: [{ date: clock.day(90), time: "17:00" }],
      introduction:
        "Maatwerkbedrijven bieden werk aan mensen die moeilijk een plaats vinden op de reguliere arbeidsmarkt. Deze oproep steunt bedrijven die nieuwe activiteiten opstarten en doorstroming naar ander werk begeleiden.",
      objectives: "- Nieuwe activiteiten in maatwerkbedrijven.\n- Meer doorstroming naar een job in het reguliere circuit.",
      partnersNeeded: "no",
      budgetAmountEur: 6_000_000,
      themes: ["werkgelegenheid", "sociale-bescherming"],
      beneficiaryTypes: ["non-profit-organisaties", "private-ondernemingen", "kmos"],
      url: "https://www.europawse.be/oproepen",
      links: [europaWse],
      contacts: [staffContact("els")],
      publishedAt: clock.at(-2, "09:00"),
      publishedBy: staffName("els"),
    },
    {
      slug: "esf-oproep-617-digitale-vaardigheden",
      title: "Digitale basisvaardigheden voor werkzoekenden",
      code: "Oproep 617",
      programme: "esf-plus",
      opensOn: clock.day(-60),
      deadlines: [{ date: clock.day(5) }],
      introduction:
        "Wie geen computer kan gebruiken, mist vandaag veel vacatures. Met deze oproep financiert Europa WSE laagdrempelige opleidingen waarin werkzoekenden de digitale basis leren, van e-mail tot online solliciteren.",
      objectives:
        "- Meer werkzoekenden met digitale basisvaardigheden.\n- Opleidingen dicht bij huis, in samenwerking met lokale partners.",
      partnersNeeded: "no",
      budgetAmountEur: 2_500_000,
      maxContributionEur: 250_000,
      themes: ["werkgelegenheid", "digitale-agenda"],
      url: "https://www.europawse.be/oproepen",
      links: [europaWse],
      contacts: [staffContact("els"), staffContact("nadia")],
      publishedAt: clock.at(-60, "14:00"),
      publishedBy: staffName("nadia"),
    },
    {
      slug: "esf-oproep-600-transnationale-samenwerking",
      title: "Transnationale samenwerking tussen ESF-regio's",
      code: "Oproep 600",
      programme: "esf-plus",
      opensOn: clock.day(-200),
      isRolling: true,
      introduction:
        "Vlaamse ESF-projecten kunnen een luik toevoegen waarin ze ervaringen uitwisselen met organisaties in andere Europese regio's. Aanvragen kan doorlopend, zolang er budget is.",
      objectives: "- Leren van goede praktijken in andere lidstaten.\n- Resultaten van Vlaamse projecten verspreiden in Europa.",
      partnersNeeded: "yes",
      partnersNote: "Je werkt samen met minstens één organisatie die ESF-steun krijgt in een andere lidstaat.",
      budgetAmountEur: 1_200_000,
      url: "https://www.europawse.be/oproepen",
      links: [europaWse],
      contacts: [staffContact("els")],
      publishedAt: clock.at(-200, "09:00"),
      publishedBy: staffName("els"),
    },
    {
      slug: "esf-oproep-622-opleidingsmodellen-kmos",
      title: "Innovatieve opleidingsmodellen voor kmo's",
      code: "Oproep 622",
      programme: "esf-plus",
      opensOn: clock.day(-3),
      introduction:
        "Kleine bedrijven hebben zelden een eigen opleidingsdienst. Deze oproep zoekt modellen waarin kmo's samen opleidingen organiseren op de werkvloer. De indiendatum is nog niet bekendgemaakt; volg de oproep om een bericht te krijgen zodra die vastligt.",
      objectives:
        "- Meer opleiding in kleine ondernemingen.\n- Gedeelde opleidingsmodellen die ook na het project blijven bestaan.",
      partnersNeeded: "no",
      themes: ["werkgelegenheid", "onderzoek-en-innovatie"],
      beneficiaryTypes: ["kmos", "koepelorganisaties"],
      url: "https://www.europawse.be/oproepen",
      links: [europaWse],
      contacts: [staffContact("els")],
      publishedAt: clock.at(-3, "16:00"),
      publishedBy: staffName("els"),
    },
    {
      slug: "erasmus-kleinschalige-partnerschappen-schoolonderwijs",
      title: "Erasmus+: Kleinschalige partnerschappen in het schoolonderwijs",
      code: "KA210-SCH",
      programme: "erasmus-plus-onderwijs-en-opleiding",
      opensOn: clock.day(-10),
      deadlines: [{ date: clock.day(150), time: "12:00" }],
      introduction:
        "Een kleinschalig partnerschap is de ideale eerste stap in Erasmus+ voor een school. Je werkt met een school uit een ander land rond een gedeeld thema, met een eenvoudig formulier en een vast bedrag.",
      objectives:
        "- Nieuwe scholen laten kennismaken met Europese samenwerking.\n- Inclusie en digitale vaardigheden in de klas versterken.",
      partnersNeeded: "yes",
      partnersNote: "Minstens twee organisaties uit twee verschillende programmalanden.",
      projectType: "Kleinschalig partnerschap (kernactie 2)",
      minContributionEur: 30_000,
      maxContributionEur: 60_000,
      cofinancingNote: "Een vast bedrag van 30 000 of 60 000 euro; je hoeft geen kosten te bewijzen, wel resultaten.",
      themes: ["onderwijs"],
      beneficiaryTypes: ["scholen", "lokale-overheid", "non-profit-organisaties"],
      url: "https://www.epos-vlaanderen.be",
      links: [{ label: "Kleinschalige partnerschappen bij EPOS", url: "https://www.epos-vlaanderen.be" }],
      contacts: [staffContact("joris")],
      publishedAt: clock.at(-10, "10:00"),
      publishedBy: staffName("joris"),
    },
  ];
}
