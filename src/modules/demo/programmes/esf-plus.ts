import type { ProgrammeInputDraft } from "../../programmes/programme.input.js";
import { staffName } from "../staff.js";
import { EVERYONE, regulation } from "./legislation.js";

export const ESF_PLUS: ProgrammeInputDraft = {
  slug: "esf-plus",
  name: "Europees Sociaal Fonds+",
  nameEn: "European Social Fund Plus",
  shortName: "ESF+",
  period: "2021-2027",
  managementMode: "shared",
  managingBodies:
    "Europa WSE (Departement Werk en Sociale Economie) beheert het Vlaamse ESF+-programma; een klein deel, het luik Werkgelegenheid en Sociale Innovatie, beheert de Europese Commissie rechtstreeks.",
  introduction: `Het ESF+ is het belangrijkste Europese instrument om te investeren in mensen. Het fonds steunt wie de stap naar werk wil zetten, wie zich wil bijscholen en wie het risico loopt uit de boot te vallen.

Sinds 2021 brengt het ESF+ vier vroegere instrumenten samen: het klassieke Europees Sociaal Fonds, het Fonds voor Europese hulp aan de meest behoeftigen (FEAD), het Jongerenwerkgelegenheidsinitiatief en het programma voor Werkgelegenheid en Sociale Innovatie (EaSI).

Omdat het fonds in **gedeeld beheer** werkt, kiest Vlaanderen zelf zijn accenten. Europa WSE vertaalt die keuzes in thematische oproepen, met telkens een eigen doelgroep, budget en timing.`,
  objectives: `Het ESF+ wil drie dingen bereiken:

- **meer mensen aan het werk**, met extra aandacht voor jongeren, oudere werknemers en mensen met een migratieachtergrond;
- **een wendbare beroepsbevolking**, die via levenslang leren mee kan met de digitale en groene omslag;
- **een inclusieve samenleving** zonder armoede, waarin iedereen toegang heeft tot sociale rechten.

In Vlaanderen vertaalt zich dat in oproepen rond leerecosystemen, loopbaanbegeleiding, sociale economie en de integratie van nieuwkomers.`,
  keyActions: [
    {
      title: "Prioriteit 1: Werk en talent",
      items: [
        "Trajecten naar werk voor werkzoekenden",
        "Opleiding en loopbaanbegeleiding voor werkenden",
        "Leerecosystemen in de regio",
      ],
    },
    {
      title: "Prioriteit 2: Inclusie",
      items: ["Maatwerk in de sociale economie", "Integratie van kwetsbare groepen", "Bestrijding van materiële deprivatie"],
    },
    {
      title: "Prioriteit 3: Sociale innovatie",
      items: ["Proeftuinen en experimenten", "Transnationale samenwerking tussen ESF-regio's"],
    },
  ],
  projectTypes: "Werkingskosten, opleidings- en begeleidingstrajecten",
  partnersNeeded: "no",
  partnersNote:
    "Europese partners zijn niet vereist; voor transnationale oproepen werk je wel samen met een ESF-beheersautoriteit uit een andere lidstaat.",
  cofinancing: "tbc",
  maxDuration: "Meestal 24 tot 36 maanden, afhankelijk van de oproep",
  applicationProcedure: `Vlaamse oproepen dien je in via het ESF-portaal van Europa WSE. Per oproep zijn er een oproepfiche, een infosessie en een vaste indiendatum.

Voor het luik Werkgelegenheid en Sociale Innovatie, dat de Europese Commissie zelf beheert, dien je in via het Funding & Tenders Portal.`,
  legislation: [
    regulation("2021/1057", "tot oprichting van het Europees Sociaal Fonds Plus (ESF+)"),
    regulation("2021/1060", "houdende gemeenschappelijke bepalingen voor de fondsen in gedeeld beheer"),
  ],
  budgetAmountEur: 99_300_000_000,
  budgetNote:
    "Europees totaal 2021-2027 in lopende prijzen; het Vlaamse programma krijgt daarvan enkele honderden miljoenen euro, aangevuld met Vlaamse middelen.",
  website: "https://www.europawse.be",
  synergies: [{ programme: "cerv", label: "Gelijke kansen en non-discriminatie" }],
  themes: ["werk-en-sociale-zaken", "werkgelegenheid", "sociale-bescherming", "migratie-en-integratie", "onderwijs"],
  beneficiaryTypes: EVERYONE,
  contacts: [
    {
      label: "Vlaams contactpunt",
      name: "Europa WSE",
      organisation: "Departement Werk en Sociale Economie",
      address: "Koning Albert II-laan 35 bus 20\n1030 Brussel",
      website: "https://www.europawse.be",
    },
  ],
  publishedBy: staffName("els"),
};
