import type { CallInputDraft } from "../calls/call.input.js";
import type { DemoClock } from "./demo-clock.js";
import { staffContact, staffName } from "./staff.js";

/** The Funding & Tenders Portal page of a topic, which is named by its code. */
function portalTopic(code: string) {
  return `https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/${code.toLowerCase()}`;
}

function portal(code: string) {
  const url = portalTopic(code);
  return { code, url, links: [{ label: "Topic on the Funding & Tenders Portal", url }], language: "en" as const };
}

/** Calls published by the European Commission, in English as on the portal, with their codes. */
export function euPortalCalls(clock: DemoClock): CallInputDraft[] {
  return [
    {
      slug: "erasmus-centres-of-vocational-excellence",
      title: "Partnerships for Excellence: Centres of Vocational Excellence",
      ...portal(`ERASMUS-EDU-${clock.year(70)}-PEX-COVE`),
      programme: "erasmus-plus-onderwijs-en-opleiding",
      opensOn: clock.day(-40),
      deadlines: [{ date: clock.day(70), time: "17:00" }],
      introduction: `Centres of Vocational Excellence bring vocational schools, employers, research centres and regional authorities together in skills ecosystems. They adapt training quickly to what the regional economy needs and connect with similar centres in other countries.

This topic funds international networks of such centres, with a bottom-up approach rooted in a local context.`,
      objectives: `- Upward convergence of vocational excellence across Europe.
- Skills for the green and digital transitions, smart specialisation and social inclusion.
- Lasting cooperation between vocational education and the world of work.`,
      partnersNeeded: "yes",
      partnersNote:
        "At least eight full partners from at least four programme countries, each with a company or sector representative and a VET provider.",
      projectType: "Partnership for Excellence (Key Action 2)",
      budgetAmountEur: 55_000_000,
      maxContributionEur: 4_000_000,
      expectedGrants: 14,
      cofinancingNote: "The grant covers up to 80% of the eligible costs.",
      themes: ["onderwijs", "werkgelegenheid", "regionale-ontwikkeling"],
      beneficiaryTypes: [
        "scholen",
        "universiteit",
        "kmos",
        "private-ondernemingen",
        "koepelorganisaties",
        "regionale-of-bovenlokale-overheden",
      ],
      contacts: [staffContact("joris")],
      publishedAt: clock.at(-40, "09:00"),
      publishedBy: staffName("joris"),
    },
    {
      slug: "horizon-cl5-renewable-energy-technologies",
      title: "Next-generation renewable energy technologies",
      ...portal(`HORIZON-CL5-${clock.year(110)}-D3-01`),
      programme: "horizon-europe",
      opensOn: clock.day(-60),
      deadlines: [
        { date: clock.day(-10), time: "17:00", label: "stage 1" },
        { date: clock.day(110), time: "17:00", label: "stage 2" },
      ],
      introduction:
        "Europe's climate targets need renewable technologies that are cheaper, more efficient and easier to integrate into the grid. This topic supports research and innovation that brings such technologies from the lab to a relevant environment.",
      objectives:
        "- Higher efficiency and lower cost of renewable energy technologies.\n- Better integration into energy systems.\n- A stronger European supply chain for clean energy.",
      partnersNeeded: "yes",
      partnersNote: "At least three independent legal entities from three different member states or associated countries.",
      projectType: "Research and Innovation Action (RIA)",
      budgetAmountEur: 30_000_000,
      minContributionEur: 3_000_000,
      maxContributionEur: 5_000_000,
      cofinancingNote: "Up to 100% of eligible costs.",
      contacts: [staffContact("nadia")],
      publishedAt: clock.at(-60, "10:00"),
      publishedBy: staffName("nadia"),
    },
    {
      slug: "horizon-cl2-democracy-resilience",
      title: "Strengthening the resilience of democracies",
      ...portal(`HORIZON-CL2-${clock.year(-40)}-DEMOCRACY-01-02`),
      programme: "horizon-europe",
      opensOn: clock.day(-150),
      deadlines: [{ date: clock.day(-40), time: "17:00" }],
      introduction:
        "Research under this topic looks at how democratic institutions can withstand disinformation, polarisation and declining trust, and what citizens, media and governments can do about it.",
      objectives:
        "- Evidence on threats to democratic resilience.\n- Tools and recommendations for policy makers and civil society.",
      partnersNeeded: "yes",
      partnersNote: "At least three partners from three different countries.",
      projectType: "Research and Innovation Action (RIA)",
      budgetAmountEur: 9_000_000,
      expectedGrants: 3,
      themes: ["justitie-en-burgerschap", "onderzoek-en-innovatie"],
      contacts: [staffContact("hanne")],
      publishedAt: clock.at(-150, "09:00"),
      publishedBy: staffName("hanne"),
    },
    {
      slug: "horizon-eic-accelerator-open",
      title: "EIC Accelerator Open",
      ...portal(`HORIZON-EIC-${clock.year(0)}-ACCELERATOR-01`),
      programme: "horizon-europe",
      opensOn: clock.day(-120),
      isRolling: true,
      introduction:
        "The EIC Accelerator supports start-ups and SMEs with a breakthrough innovation that is ready to scale. Short applications can be submitted at any time; full applications are evaluated at regular cut-off dates.",
      objectives: "- Bring high-risk innovations to the market.\n- Attract private investment through blended finance.",
      partnersNeeded: "no",
      partnersNote: "A single company applies on its own.",
      projectType: "Grant and equity investment (blended finance)",
      maxContributionEur: 2_500_000,
      cofinancingNote: "The grant covers 70% of the innovation costs; an equity investment may come on top.",
      themes: ["onderzoek-en-innovatie", "digitale-agenda"],
      beneficiaryTypes: ["kmos"],
      contacts: [staffContact("nadia")],
      publishedAt: clock.at(-120, "09:00"),
      publishedBy: staffName("nadia"),
    },
    {
      slug: "life-standard-action-projects-nature",
      title: "Standard Action Projects for Nature and Biodiversity",
      ...portal(`LIFE-${clock.year(130)}-SAP-NAT-NATURE`),
      programme: "life",
      opensOn: clock.day(-15),
      deadlines: [{ date: clock.day(130), time: "17:00" }],
      introduction:
        "Standard Action Projects restore habitats, protect species and put the Natura 2000 network into practice. They test approaches on the ground that others can take over.",
      objectives: "- Better conservation status of habitats and species.\n- Approaches that can be replicated across Europe.",
      partnersNeeded: "sometimes",
      partnersNote: "A single applicant is allowed, but consortia score better on replication.",
      projectType: "Standard Action Project (SAP)",
      budgetAmountEur: 140_000_000,
      cofinancingNote: "60% of eligible costs, 67% for priority habitats and species.",
      themes: ["milieu"],
      contacts: [staffContact("pieter")],
      publishedAt: clock.at(-15, "11:00"),
      publishedBy: staffName("pieter"),
    },
    {
      slug: "life-climate-adaptation",
      title: "Climate Change Adaptation",
      ...portal(`LIFE-${clock.year(140)}-SAP-CLIMA-CCA`),
      programme: "life",
      opensOn: clock.day(10),
      deadlines: [{ date: clock.day(140) }],
      introduction:
        "Projects under this topic help regions, cities and sectors prepare for heat, drought and flooding, with nature-based solutions and better risk management.",
      objectives: "- More resilient communities and ecosystems.\n- Adaptation strategies that are put into practice.",
      partnersNeeded: "sometimes",
      projectType: "Standard Action Project (SAP)",
      budgetAmountEur: 40_000_000,
      themes: ["energie-en-klimaat", "regionale-ontwikkeling"],
      beneficiaryTypes: ["lokale-overheid", "regionale-of-bovenlokale-overheden", "ngo", "kmos"],
      contacts: [staffContact("pieter")],
      publishedAt: clock.at(-1, "15:00"),
      publishedBy: staffName("pieter"),
    },
    {
      slug: "creative-europe-cooperation-projects",
      title: "European Cooperation Projects",
      ...portal(`CREA-CULT-${clock.year(-60)}-COOP`),
      programme: "creative-europe",
      opensOn: clock.day(-180),
      deadlines: [{ date: clock.day(-60), time: "17:00" }],
      introduction:
        "Cooperation projects let cultural organisations from different countries create, tour and reach new audiences together, while building the capacity of the sector.",
      objectives:
        "- Transnational creation and circulation of works.\n- Innovation and audience development in the cultural sectors.",
      partnersNeeded: "yes",
      partnersNote: "Small-scale projects need at least three partners from three countries.",
      projectType: "Cooperation project (small, medium or large scale)",
      budgetAmountEur: 60_000_000,
      maxContributionEur: 200_000,
      cofinancingNote: "Up to 80% for small-scale projects, 70% for medium and 60% for large-scale projects.",
      contacts: [staffContact("hanne")],
      publishedAt: clock.at(-180, "09:00"),
      publishedBy: staffName("hanne"),
    },
    {
      slug: "creative-europe-media-development-slate",
      title: "MEDIA: European Slate Development",
      ...portal(`CREA-MEDIA-${clock.year(45)}-DEVSLATE`),
      programme: "creative-europe",
      opensOn: clock.day(-30),
      deadlines: [{ date: clock.day(45), time: "17:00" }],
      introduction:
        "Independent production companies can get support to develop a slate of three to five films, series or documentaries with potential for European distribution.",
      objectives: "- Stronger independent producers.\n- More European works that travel across borders.",
      partnersNeeded: "no",
      projectType: "Slate development grant",
      minContributionEur: 90_000,
      maxContributionEur: 510_000,
      themes: ["cultuur-en-media"],
      beneficiaryTypes: ["kmos", "private-ondernemingen"],
      contacts: [staffContact("hanne")],
      publishedAt: clock.at(-30, "09:00"),
      publishedBy: staffName("hanne"),
    },
    {
      slug: "cerv-town-twinning",
      title: "Town-Twinning",
      ...portal(`CERV-${clock.year(12)}-CITIZENS-TOWN-TT`),
      programme: "cerv",
      opensOn: clock.day(-45),
      deadlines: [{ date: clock.day(12), time: "17:00" }],
      introduction:
        "Town-twinning brings citizens of twinned towns together to discuss the European project, remembrance and the values of the Union. It is one of the most accessible EU grants for municipalities.",
      objectives: "- Citizens who meet across borders.\n- Lasting links between towns and their associations.",
      partnersNeeded: "yes",
      partnersNote: "At least two municipalities from two different countries, one of which an EU member state.",
      projectType: "Lump sum grant",
      budgetAmountEur: 4_000_000,
      maxContributionEur: 60_000,
      cofinancingNote: "A lump sum based on the number of participants; no proof of costs needed.",
      themes: ["justitie-en-burgerschap"],
      beneficiaryTypes: ["lokale-overheid", "non-profit-organisaties"],
      contacts: [staffContact("hanne")],
      publishedAt: clock.at(-45, "10:00"),
      publishedBy: staffName("hanne"),
    },
  ];
}
