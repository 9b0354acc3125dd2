import type { Lang } from "../../../src/platform/i18n/translate.js";

/** One page of each type a visitor meets, on the demo guide, in both languages. */
export interface PageType {
  name: string;
  path: Record<Lang, string>;
  /** The page answers 404 on purpose. */
  notFound?: boolean;
}

export const PAGE_TYPES: PageType[] = [
  { name: "home", path: { nl: "/", en: "/en" } },
  { name: "calls overview", path: { nl: "/oproepen", en: "/en/calls" } },
  { name: "calls overview, closed", path: { nl: "/oproepen?status=closed", en: "/en/calls?status=closed" } },
  { name: "search with results", path: { nl: "/zoeken?q=beroepsopleiding", en: "/en/search?q=vocational" } },
  { name: "search without results", path: { nl: "/zoeken?q=zzqxwv", en: "/en/search?q=zzqxwv" } },
  {
    name: "call",
    path: { nl: "/oproepen/esf-oproep-612-leerecosystemen", en: "/en/calls/erasmus-centres-of-vocational-excellence" },
  },
  { name: "programme", path: { nl: "/programmas/esf-plus", en: "/en/programmes/erasmus-plus-onderwijs-en-opleiding" } },
  { name: "event", path: { nl: "/evenementen/infosessie-esf-oproep-614", en: "/en/events/horizon-cluster-5-brokerage" } },
  { name: "events list", path: { nl: "/evenementen", en: "/en/events" } },
  { name: "events month", path: { nl: "/evenementen?view=month", en: "/en/events?view=month" } },
  { name: "theme", path: { nl: "/themas/werk-en-sociale-zaken", en: "/en/themes/onderwijs" } },
  { name: "beneficiary type", path: { nl: "/begunstigden/kmos", en: "/en/beneficiaries/kmos" } },
  {
    name: "article",
    path: { nl: "/artikels/cofinanciering-hoe-zit-dat", en: "/en/articles/zo-schrijf-je-een-sterk-erasmus-projectvoorstel" },
  },
  { name: "404", path: { nl: "/bestaat-niet", en: "/en/does-not-exist" }, notFound: true },
];

export const LANGS_UNDER_TEST: Lang[] = ["nl", "en"];
