import type { ProgrammeInputDraft } from "../../programmes/programme.input.js";
import { staffName } from "../staff.js";
import { regulation } from "./legislation.js";

export const CERV: ProgrammeInputDraft = {
  slug: "cerv",
  name: "Burgers, Gelijkheid, Rechten en Waarden",
  nameEn: "Citizens, Equality, Rights and Values Programme",
  shortName: "CERV",
  period: "2021-2027",
  managementMode: "direct",
  managingBodies:
    "De Europese Commissie (DG Justitie en Consumenten) en het Europees Uitvoerend Agentschap onderwijs en cultuur (EACEA).",
  introduction: `Het programma Burgers, Gelijkheid, Rechten en Waarden, kortweg CERV, steunt een open, democratische en inclusieve samenleving. Het richt zich vooral op het middenveld: verenigingen, steden en gemeenten, en organisaties die opkomen voor grondrechten.

CERV is de opvolger van de programma's Europa voor de Burger en Rechten, Gelijkheid en Burgerschap. Het financiert onder meer stedenbanden, herdenkingsprojecten en acties tegen discriminatie en geweld.

Veel projecten zijn bescheiden van omvang, wat het programma toegankelijk maakt voor lokale besturen en kleinere organisaties.`,
  objectives: `CERV werkt rond vier pijlers:

- **gelijkheid, rechten en gendergelijkheid**;
- **betrokkenheid en participatie** van burgers bij het democratische leven van de Unie;
- **Daphne**: de strijd tegen geweld, ook tegen kinderen en vrouwen;
- **waarden van de Unie**: de bescherming en bevordering van rechten en waarden.`,
  keyActions: [
    {
      title: "Burgerbetrokkenheid",
      items: ["Stedenbanden en netwerken van steden", "Europese herinnering", "Burgerparticipatie"],
    },
    {
      title: "Gelijkheid en rechten",
      items: ["Non-discriminatie en gelijke kansen", "Rechten van het kind", "Gegevensbescherming"],
    },
    { title: "Daphne", items: ["Preventie van gendergerelateerd geweld", "Steun aan slachtoffers"] },
  ],
  projectTypes: "Projectsubsidies en werkingssubsidies voor Europese netwerken",
  partnersNeeded: "sometimes",
  partnersNote:
    "Stedenbanden vragen minstens twee gemeenten uit verschillende landen; voor sommige acties rond gelijkheid volstaat één aanvrager.",
  cofinancing: "Meestal 90% van de subsidiabele kosten; stedenbanden krijgen een vast bedrag.",
  maxDuration: "Tussen 12 en 24 maanden",
  applicationProcedure: "Via het Funding & Tenders Portal, met één of twee indienrondes per jaar per actie.",
  legislation: [regulation("2021/692", "tot vaststelling van het programma Burgers, gelijkheid, rechten en waarden")],
  budgetAmountEur: 1_550_000_000,
  budgetNote: "Totaal budget 2021-2027, na de verhoging die bij de goedkeuring werd afgesproken.",
  website:
    "https://commission.europa.eu/funding-tenders/find-funding/eu-funding-programmes/citizens-equality-rights-and-values-programme_en",
  synergies: [{ programme: "creative-europe", label: "Erfgoed en herinnering" }],
  themes: ["justitie-en-burgerschap", "sociale-bescherming", "migratie-en-integratie"],
  beneficiaryTypes: [
    "lokale-overheid",
    "ngo",
    "non-profit-organisaties",
    "koepelorganisaties",
    "internationale-organisaties",
    "universiteit",
  ],
  contacts: [
    {
      label: "Contact Europese Commissie",
      name: "CERV-helpdesk",
      organisation: "Europees Uitvoerend Agentschap onderwijs en cultuur (EACEA)",
      website: "https://www.eacea.ec.europa.eu",
    },
  ],
  publishedBy: staffName("hanne"),
};
