import type { ProgrammeInputDraft } from "../../programmes/programme.input.js";
import { staffName } from "../staff.js";
import { regulation } from "./legislation.js";

export const ERASMUS_PLUS: ProgrammeInputDraft = {
  slug: "erasmus-plus-onderwijs-en-opleiding",
  name: "Erasmus+ Onderwijs en Opleiding",
  nameEn: "Erasmus+ Education and Training",
  shortName: "Erasmus+",
  period: "2021-2027",
  managementMode: "indirect",
  managingBodies:
    "Het Vlaamse nationaal agentschap EPOS beheert de gedecentraliseerde acties; het Europees Uitvoerend Agentschap onderwijs en cultuur (EACEA) beheert de gecentraliseerde acties.",
  introduction: `Erasmus+ is het Europese programma voor onderwijs, opleiding, jeugd en sport. Het bekendste onderdeel is de studentenmobiliteit, maar het programma financiert evengoed samenwerking tussen scholen, centra voor volwassenenonderwijs, hogescholen en bedrijven.

Deze pagina gaat over het luik **onderwijs en opleiding**. Dat luik neemt het grootste deel van het budget voor zijn rekening en richt zich op leerlingen, studenten, leerkrachten en opleiders in alle onderwijsniveaus.

Kleinere organisaties kunnen instappen via eenvoudige projecten met weinig administratie; ervaren spelers bouwen Europese netwerken uit die jaren meegaan.`,
  objectives: `Erasmus+ wil dat iedereen in Europa zich kan ontwikkelen via onderwijs en opleiding, ongeacht achtergrond of budget. Concreet wil het programma:

- de **mobiliteit** van lerenden en personeel vergroten;
- de **kwaliteit en inclusiviteit** van onderwijs en opleiding verbeteren;
- **innovatie en samenwerking** tussen onderwijsinstellingen en de arbeidsmarkt stimuleren;
- bijdragen aan de groene en digitale omslag en aan actief Europees burgerschap.`,
  keyActions: [
    {
      title: "Kernactie 1: Mobiliteit van personen",
      items: [
        "Leermobiliteit voor leerlingen, studenten en cursisten",
        "Mobiliteit voor leerkrachten, docenten en opleiders",
        "Accreditaties voor organisaties die regelmatig mobiliteit organiseren",
      ],
    },
    {
      title: "Kernactie 2: Samenwerking tussen organisaties",
      items: [
        "Kleinschalige partnerschappen",
        "Samenwerkingspartnerschappen",
        "Kenniscentra voor beroepsopleiding (Centres of Vocational Excellence)",
        "Allianties voor innovatie",
        "Europese universiteiten",
      ],
    },
    {
      title: "Kernactie 3: Steun voor beleidsontwikkeling",
      items: ["Europese beleidsexperimenten", "Netwerken zoals Eurydice en EPALE"],
    },
  ],
  projectTypes: "Mobiliteitsprojecten, partnerschappen, netwerken en beleidsprojecten",
  partnersNeeded: "yes",
  partnersNote:
    "Voor de meeste acties werk je samen met organisaties uit minstens één of twee andere programmalanden; mobiliteitsprojecten vragen een gastorganisatie in het buitenland.",
  cofinancing: "Vaste bedragen per deelnemer of forfaitaire bedragen per project; een eigen bijdrage blijft meestal nodig.",
  maxDuration: "Van 6 maanden (kleinschalige partnerschappen) tot 4 jaar (kenniscentra voor beroepsopleiding)",
  applicationProcedure: `Gedecentraliseerde acties dien je in bij EPOS, met het formulier van de Europese Commissie. Gecentraliseerde acties, zoals de kenniscentra voor beroepsopleiding, dien je in via het Funding & Tenders Portal.

De meeste acties hebben één vaste indiendatum per jaar; kleinschalige partnerschappen hebben er twee.`,
  legislation: [
    regulation(
      "2021/817",
      "tot vaststelling van Erasmus+, het programma van de Unie voor onderwijs en opleiding, jongerenwerk en sport",
    ),
  ],
  budgetAmountEur: 26_200_000_000,
  budgetNote: "Totaal budget 2021-2027 voor heel Erasmus+; ongeveer 83% gaat naar onderwijs en opleiding.",
  website: "https://www.epos-vlaanderen.be",
  synergies: [
    { programme: "esf-plus", label: "Opleiding en levenslang leren" },
    { programme: "creative-europe", label: "Cultuureducatie" },
    { programme: "horizon-europe", label: "Onderzoek en hoger onderwijs" },
  ],
  themes: ["onderwijs", "jeugd", "werkgelegenheid"],
  beneficiaryTypes: [
    "individuele",
    "koepelorganisaties",
    "lokale-overheid",
    "ngo",
    "non-profit-organisaties",
    "onderzoeksinstellingen",
    "private-ondernemingen",
    "kmos",
    "scholen",
    "universiteit",
  ],
  contacts: [
    {
      label: "Vlaams contactpunt",
      name: "EPOS vzw",
      organisation: "Nationaal agentschap Erasmus+ Onderwijs en Opleiding",
      address: "Hendrik Consciencegebouw 3B\nKoning Albert II-laan 15\n1210 Brussel",
      phone: "02 553 97 31",
      website: "https://www.epos-vlaanderen.be",
    },
    {
      label: "Contact Europese Commissie",
      name: "European Education and Culture Executive Agency (EACEA)",
      organisation: "Europese Commissie",
      website: "https://www.eacea.ec.europa.eu",
    },
  ],
  publishedBy: staffName("joris"),
};
