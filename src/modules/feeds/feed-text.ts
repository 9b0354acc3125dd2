import { formatDate, formatTimeRange } from "../../platform/i18n/format.js";
import type { Lang } from "../../platform/i18n/translate.js";
import type { FeedEntry, FeedScope } from "./feed-search.js";

/** The words feeds, calendars and exports use, in both languages. */
export const feedWords = {
  nl: {
    calls: "Oproepen",
    search: "Zoekresultaten",
    events: "Evenementen",
    myCalendar: "Mijn deadlines en evenementen",
    all: "alle",
    status: { open: "open", forthcoming: "binnenkort open", closed: "afgesloten" },
    deadline: "Deadline",
    noDeadline: "geen deadline bekend",
    programme: "Programma",
    online: "online",
    rights: "Vrij herbruikbaar",
  },
  en: {
    calls: "Calls",
    search: "Search results",
    events: "Events",
    myCalendar: "My deadlines and events",
    all: "all",
    status: { open: "open", forthcoming: "opening soon", closed: "closed" },
    deadline: "Deadline",
    noDeadline: "no deadline known",
    programme: "Programme",
    online: "online",
    rights: "Free to re-use",
  },
} as const;

/** The longest part of a search a feed's title repeats: a title is read in a list of subscriptions. */
const TITLE_QUERY_CHARS = 80;

/**
 * A calendar's name is shown by clients that do not all escape it (some web calendars put it in
 * their HTML as it is), so the searched words keep their letters but lose the angle brackets of markup.
 */
export function feedTitle(lang: Lang, scope: FeedScope, q: string): string {
  const words = feedWords[lang];
  const head = `Subsidiegids – ${scope === "calls" ? words.calls : words.search}`;
  const shown = q
    .replace(/[<>\p{Cc}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (!shown) return head;
  return `${head}: ${shown.length > TITLE_QUERY_CHARS ? `${shown.slice(0, TITLE_QUERY_CHARS - 1)}…` : shown}`;
}

/** What part of the search a feed carries, so a reader of a long search knows where it stops and where the rest is. */
export function feedCoverage(lang: Lang, shown: number, total: number, pageUrl: string): string {
  if (lang === "en") {
    return shown < total
      ? `The first ${shown} of ${total} results, in the order of the page; all of them are at ${pageUrl} and in its CSV export.`
      : `All ${total} results of this search.`;
  }
  return shown < total
    ? `De eerste ${shown} van ${total} resultaten, in de volgorde van de pagina; alle resultaten staan op ${pageUrl} en in de CSV-export ervan.`
    : `Alle ${total} resultaten van deze zoekopdracht.`;
}

/** One line of facts that says what matters first: status and deadline for a call, when and where for an event. */
export function entryFacts(entry: FeedEntry, lang: Lang): string {
  const words = feedWords[lang];
  if (entry.call) {
    const call = entry.call;
    const next = call.nextDeadline;
    const deadline = next
      ? `${words.deadline}: ${formatDate(lang, next.date)}${next.time ? ` ${next.time}` : ""}`
      : words.noDeadline;
    const programme = call.programme ? ` · ${words.programme}: ${call.programme.name}` : "";
    return `${call.code ? `${call.code} · ` : ""}${words.status[call.status]} · ${deadline}${programme}`;
  }
  if (entry.event) {
    const event = entry.event;
    const place = event.isOnline ? words.online : (event.location ?? "");
    return `${formatDate(lang, event.startsAt)}, ${formatTimeRange(lang, event.startsAt, event.endsAt)}${place ? ` · ${place}` : ""}`;
  }
  return "";
}
