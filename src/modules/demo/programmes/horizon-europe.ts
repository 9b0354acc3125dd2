import type { ProgrammeInputDraft } from "../../programmes/programme.input.js";
import { staffName } from "../staff.js";
import { regulation } from "./legislation.js";

export const HORIZON_EUROPE: ProgrammeInputDraft = {
  slug: "horizon-europe",
  name: "Horizon Europe",
  nameEn: "Horizon Europe",
  shortName: "Horizon Europe",
  period: "2021-2027",
  managementMode: "direct",
  managingBodies:
    "De Europese Commissie (DG Onderzoek en Innovatie) en haar uitvoerende agentschappen, zoals REA, CINEA, HaDEA en de Europese Innovatieraad (EIC).",
  introduction: `Horizon Europe is het grootste onderzoeks- en innovatieprogramma ter wereld. Het financiert fundamenteel onderzoek, toegepaste projecten in consortia en de groei van vernieuwende bedrijven.

De meeste oproepen vragen een samenwerking tussen universiteiten, onderzoekscentra, bedrijven en overheden uit verschillende landen. Daarnaast zijn er individuele beurzen van de Europese Onderzoeksraad (ERC) en Marie Skłodowska-Curie.

Vlaamse deelnemers halen jaarlijks een mooi aandeel van het budget binnen. Wie voor het eerst instapt, doet er goed aan vroeg contact op te nemen met het nationaal contactpunt.`,
  objectives: `Horizon Europe wil:

- de **wetenschappelijke basis** van Europa versterken;
- oplossingen vinden voor **maatschappelijke uitdagingen** zoals klimaat, gezondheid en digitalisering;
- **baanbrekende innovatie** sneller tot op de markt brengen.

Het programma werkt ook met vijf missies, waaronder klimaatneutrale steden en gezonde bodems, die onderzoek koppelen aan concrete doelen tegen 2030.`,
  keyActions: [
    {
      title: "Pijler 1: Excellente wetenschap",
      items: ["Europese Onderzoeksraad (ERC)", "Marie Skłodowska-Curie-acties", "Onderzoeksinfrastructuur"],
    },
    {
      title: "Pijler 2: Mondiale uitdagingen en Europees industrieel concurrentievermogen",
      items: [
        "Cluster 1: Gezondheid",
        "Cluster 2: Cultuur, creativiteit en inclusieve samenleving",
        "Cluster 3: Civiele veiligheid",
        "Cluster 4: Digitaal, industrie en ruimtevaart",
        "Cluster 5: Klimaat, energie en mobiliteit",
        "Cluster 6: Voedsel, bio-economie, natuurlijke hulpbronnen, landbouw en milieu",
      ],
    },
    { title: "Pijler 3: Innovatief Europa", items: ["Europese Innovatieraad (EIC)", "Europese innovatie-ecosystemen", "EIT"] },
  ],
  projectTypes: "Onderzoeks- en innovatieacties, innovatieacties, coördinatie- en ondersteuningsacties, individuele beurzen",
  partnersNeeded: "sometimes",
  partnersNote:
    "Samenwerkingsprojecten vragen minstens drie partners uit drie verschillende landen; ERC-beurzen en het EIC Accelerator-instrument kan je alleen aanvragen.",
  cofinancing:
    "Tot 100% van de subsidiabele kosten voor onderzoeksacties; 70% voor bedrijven in innovatieacties (100% voor non-profit).",
  maxDuration: "Meestal 3 tot 5 jaar",
  applicationProcedure:
    "Via het Funding & Tenders Portal van de Europese Commissie. Grote oproepen verlopen soms in twee fasen: eerst een korte schets, daarna een volledig voorstel.",
  legislation: [regulation("2021/695", "tot vaststelling van Horizon Europa, het kaderprogramma voor onderzoek en innovatie")],
  budgetAmountEur: 95_500_000_000,
  budgetNote: "Inclusief 5,4 miljard euro uit het herstelinstrument NextGenerationEU.",
  website:
    "https://research-and-innovation.ec.europa.eu/funding/funding-opportunities/funding-programmes-and-open-calls/horizon-europe_en",
  themes: ["onderzoek-en-innovatie", "energie-en-klimaat", "digitale-agenda", "gezondheid", "milieu"],
  beneficiaryTypes: [
    "internationale-organisaties",
    "kmos",
    "ngo",
    "non-profit-organisaties",
    "onderzoeksinstellingen",
    "private-ondernemingen",
    "publieke-ondernemingen",
    "regionale-of-bovenlokale-overheden",
    "universiteit",
  ],
  contacts: [
    {
      label: "Vlaams contactpunt",
      name: "NCP Flanders",
      organisation: "Nationaal contactpunt Horizon Europe voor Vlaanderen",
      website: "https://www.ncpflanders.be",
    },
  ],
  publishedBy: staffName("nadia"),
};
