import type { ProgrammeInputDraft } from "../../programmes/programme.input.js";
import { staffName } from "../staff.js";
import { regulation } from "./legislation.js";

export const CREATIVE_EUROPE: ProgrammeInputDraft = {
  slug: "creative-europe",
  name: "Creative Europe",
  nameEn: "Creative Europe Programme",
  shortName: "Creative Europe",
  period: "2021-2027",
  managementMode: "direct",
  managingBodies:
    "Het Europees Uitvoerend Agentschap onderwijs en cultuur (EACEA), in opdracht van DG Onderwijs, Jongeren, Sport en Cultuur en DG Connect.",
  introduction: `Creative Europe ondersteunt de culturele en creatieve sectoren en de audiovisuele industrie. Het programma wil dat Europese makers over de grenzen heen werken, een publiek vinden en zich aanpassen aan een snel veranderende markt.

Voor Vlaamse organisaties is het een kans om internationaal samen te werken: een theatergezelschap met partners in drie landen, een uitgeverij die literatuur laat vertalen, of een filmproducent die een reeks ontwikkelt voor een Europees publiek.

Creative Europe Desk Vlaanderen helpt je op weg, leest ontwerpvoorstellen na en brengt je in contact met mogelijke partners.`,
  objectives: `Creative Europe heeft twee algemene doelen:

1. de culturele en taalkundige **diversiteit en het erfgoed** van Europa beschermen en versterken;
2. het **concurrentievermogen en het economisch potentieel** van de culturele, creatieve en audiovisuele sectoren vergroten.

Een sectoroverschrijdend luik steunt bovendien innovatieve samenwerking en een vrij en pluralistisch medialandschap.`,
  keyActions: [
    {
      title: "Subprogramma Cultuur",
      items: [
        "Europese samenwerkingsprojecten",
        "Literaire vertalingen",
        "Europese netwerken en platformen",
        "Mobiliteit van kunstenaars",
      ],
    },
    {
      title: "Subprogramma MEDIA",
      items: ["Ontwikkeling van films en reeksen", "Distributie en vertoning", "Festivals en publiekswerking"],
    },
    { title: "Sectoroverschrijdend luik", items: ["Innovation Lab", "Journalistieke partnerschappen", "Creative Europe Desks"] },
  ],
  projectTypes: "Samenwerkingsprojecten, netwerken, vertalingen, audiovisuele ontwikkeling en distributie",
  partnersNeeded: "sometimes",
  partnersNote:
    "Samenwerkingsprojecten vragen minstens drie partners uit drie landen; voor vertalingen of MEDIA-ontwikkeling dien je ook alleen in.",
  cofinancing: "Tussen 60% en 80% van de kosten, afhankelijk van de schaal van het project.",
  maxDuration: "Tot 48 maanden voor grote samenwerkingsprojecten",
  applicationProcedure:
    "Via het Funding & Tenders Portal. Creative Europe Desk Vlaanderen leest je ontwerp vooraf na als je het minstens zes weken voor de deadline bezorgt.",
  legislation: [regulation("2021/818", "tot vaststelling van het programma Creatief Europa (2021-2027)")],
  budgetAmountEur: 2_440_000_000,
  budgetNote: "Totaal budget 2021-2027, het hoogste ooit voor dit programma.",
  website: "https://culture.ec.europa.eu/creative-europe",
  synergies: [{ programme: "horizon-europe", label: "Cluster 2: cultuur, creativiteit en inclusieve samenleving" }],
  themes: ["cultuur-en-media", "digitale-agenda"],
  beneficiaryTypes: [
    "koepelorganisaties",
    "kmos",
    "ngo",
    "non-profit-organisaties",
    "private-ondernemingen",
    "lokale-overheid",
    "universiteit",
  ],
  contacts: [
    {
      label: "Vlaams contactpunt",
      name: "Creative Europe Desk Vlaanderen",
      organisation: "Creative Europe Desk België",
      website: "https://www.creativeeuropedesk.be",
    },
  ],
  publishedBy: staffName("hanne"),
};
