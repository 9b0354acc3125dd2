import type { ProgrammeInputDraft } from "../../programmes/programme.input.js";
import { staffName } from "../staff.js";
import { regulation } from "./legislation.js";

export const LIFE: ProgrammeInputDraft = {
  slug: "life",
  name: "LIFE-programma voor milieu en klimaatactie",
  nameEn: "Programme for the Environment and Climate Action",
  shortName: "LIFE",
  period: "2021-2027",
  managementMode: "direct",
  managingBodies:
    "Het Europees Uitvoerend Agentschap klimaat, infrastructuur en milieu (CINEA), in opdracht van DG Milieu en DG Klimaatactie.",
  introduction: `LIFE is het enige Europese programma dat volledig gewijd is aan milieu en klimaat. Sinds 1992 steunde het duizenden projecten, van het herstel van heidegebieden tot proefprojecten rond circulair bouwen.

LIFE financiert geen fundamenteel onderzoek, wel de toepassing en opschaling van oplossingen die hun waarde al bewezen. Een LIFE-project moet dus meetbare resultaten opleveren op het terrein.

Het programma staat open voor overheden, bedrijven en organisaties uit het middenveld. Ook een Vlaamse gemeente of natuurvereniging kan coördinator zijn.`,
  objectives: `LIFE draagt bij aan de Europese Green Deal met vier subprogramma's:

- **natuur en biodiversiteit**, onder meer voor Natura 2000-gebieden;
- **circulaire economie en levenskwaliteit**, zoals lucht, water, bodem en geluid;
- **klimaatmitigatie en -adaptatie**;
- **overgang naar schone energie**, met de nadruk op het wegwerken van marktbarrières.`,
  keyActions: [
    {
      title: "Soorten projecten",
      items: [
        "Standaardprojecten voor actie (SAP)",
        "Strategische natuurprojecten (SNAP)",
        "Strategische geïntegreerde projecten (SIP)",
        "Technische bijstand voor de voorbereiding van strategische projecten",
        "Coördinatie- en ondersteuningsacties voor schone energie",
      ],
    },
  ],
  projectTypes: "Demonstratie-, proef- en beste-praktijkprojecten; strategische projecten; operationele subsidies voor ngo's",
  partnersNeeded: "sometimes",
  partnersNote:
    "Een consortium is niet verplicht voor standaardprojecten, maar Europese partners versterken een voorstel; voor schone-energieprojecten zijn minstens drie partners uit drie landen nodig.",
  cofinancing:
    "60% van de subsidiabele kosten, tot 67% voor natuur- en biodiversiteitsprojecten rond prioritaire habitats en soorten.",
  maxDuration: "tbc",
  applicationProcedure:
    "Standaardprojecten dien je in één fase in via het Funding & Tenders Portal. Strategische projecten verlopen in twee fasen: eerst een conceptnota, daarna een volledig voorstel.",
  legislation: [regulation("2021/783", "tot vaststelling van een programma voor het milieu en klimaatactie (LIFE)")],
  budgetAmountEur: 5_430_000_000,
  budgetNote: "Totaal budget 2021-2027, waarvan ongeveer 3,5 miljard euro voor milieu en 1,9 miljard euro voor klimaatactie.",
  website: "https://cinea.ec.europa.eu/programmes/life_en",
  synergies: [{ programme: "horizon-europe", label: "Opschaling van onderzoeksresultaten" }],
  themes: ["milieu", "energie-en-klimaat", "landbouw-en-plattelandsontwikkeling"],
  beneficiaryTypes: [
    "kmos",
    "lokale-overheid",
    "ngo",
    "non-profit-organisaties",
    "onderzoeksinstellingen",
    "private-ondernemingen",
    "publieke-ondernemingen",
    "regionale-of-bovenlokale-overheden",
  ],
  contacts: [
    {
      label: "Vlaams contactpunt",
      name: "LIFE-contactpunt Vlaanderen",
      organisation: "Departement Omgeving",
      address: "Herman Teirlinckgebouw\nHavenlaan 88\n1000 Brussel",
      website: "https://omgeving.vlaanderen.be",
    },
  ],
  publishedBy: staffName("pieter"),
};
