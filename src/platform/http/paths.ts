import type { Lang } from "../i18n/translate.js";

/** URL segments per language: Dutch at the root, English under /en with English words. */
export const segments = {
  nl: {
    calls: "oproepen",
    programmes: "programmas",
    events: "evenementen",
    themes: "themas",
    beneficiaries: "begunstigden",
    contacts: "contacten",
    articles: "artikels",
    search: "zoeken",
    register: "registreren",
    login: "inloggen",
    logout: "uitloggen",
    myGuide: "mijn-gids",
    account: "account",
    forgotPassword: "wachtwoord-vergeten",
    resetPassword: "wachtwoord-herstellen",
    confirmEmail: "bevestigen",
    loginLink: "inloglink",
    profile: "profiel",
    saveSearch: "zoekopdracht-bewaren",
    backoffice: "beheer",
    newRecord: "nieuw",
    revisions: "revisies",
    auditLog: "logboek",
    merge: "samenvoegen",
    importLabels: "importlabels",
    imports: "importeren",
    commit: "doorvoeren",
    unlink: "ontkoppelen",
    users: "gebruikers",
    role: "rol",
    deactivate: "deactiveren",
    reactivate: "heractiveren",
    subscribe: "abonneren",
    manage: "beheren",
    calendar: "agenda",
    digest: "samenvatting",
  },
  en: {
    calls: "calls",
    programmes: "programmes",
    events: "events",
    themes: "themes",
    beneficiaries: "beneficiaries",
    contacts: "contacts",
    articles: "articles",
    search: "search",
    register: "register",
    login: "login",
    logout: "logout",
    myGuide: "my-guide",
    account: "account",
    forgotPassword: "forgot-password",
    resetPassword: "reset-password",
    confirmEmail: "confirm",
    loginLink: "login-link",
    profile: "profile",
    saveSearch: "save-search",
    backoffice: "admin",
    newRecord: "new",
    revisions: "revisions",
    auditLog: "log",
    merge: "merge",
    importLabels: "import-labels",
    imports: "import",
    commit: "commit",
    unlink: "unlink",
    users: "users",
    role: "role",
    deactivate: "deactivate",
    reactivate: "reactivate",
    subscribe: "subscribe",
    manage: "manage",
    calendar: "calendar",
    digest: "digest",
  },
} as const;

export type Section = keyof (typeof segments)["nl"];

export interface Paths {
  home: string;
  section(section: Section): string;
  call(slug: string): string;
  programme(slug: string): string;
  event(slug: string): string;
  theme(slug: string): string;
  beneficiary(slug: string): string;
  article(slug: string): string;
  search(query?: string): string;
}

export function pathsFor(lang: Lang): Paths {
  const prefix = lang === "nl" ? "" : `/${lang}`;
  const s = segments[lang];
  const item = (section: Section) => (slug: string) => `${prefix}/${s[section]}/${encodeURIComponent(slug)}`;
  return {
    home: prefix || "/",
    section: (section) => `${prefix}/${s[section]}`,
    call: item("calls"),
    programme: item("programmes"),
    event: item("events"),
    theme: item("themes"),
    beneficiary: item("beneficiaries"),
    article: item("articles"),
    search: (query) => `${prefix}/${s.search}${query ? `?${query}` : ""}`,
  };
}

/** The same page in the other language: /oproepen/x?q=1 ↔ /en/calls/x?q=1. */
export function translatePath(pathAndQuery: string, to: Lang): string {
  const [path = "/", query] = pathAndQuery.split("?", 2);
  const from: Lang = path === "/en" || path.startsWith("/en/") ? "en" : "nl";
  const rest = from === "en" ? path.slice(3) : path;
  const [, first = "", ...tail] = rest.split("/");
  const section = (Object.keys(segments[from]) as Section[]).find((key) => segments[from][key] === first);
  // Back-office and subscription addresses are words all the way down (/beheer/oproepen/nieuw,
  // /abonneren/bevestigen), as is Mijn agenda; public ones end in a slug.
  const words =
    section === "backoffice" || section === "subscribe" || (section === "myGuide" && tail[0] === segments[from].calendar);
  const rest2 = words ? tail.map((part) => translateWord(part, from, to)) : tail;
  const translated = section ? [segments[to][section], ...rest2].join("/") : [first, ...tail].join("/");
  const prefix = to === "nl" ? "" : `/${to}`;
  const target = `${prefix}/${translated}`.replace(/\/$/, "") || "/";
  return query ? `${target}?${query}` : target;
}

function translateWord(word: string, from: Lang, to: Lang): string {
  const section = (Object.keys(segments[from]) as Section[]).find((key) => segments[from][key] === word);
  return section ? segments[to][section] : word;
}
