import { createEvents, type EventAttributes } from "ics";
import { pathsFor } from "../../platform/http/paths.js";
import type { Lang } from "../../platform/i18n/translate.js";
import type { CallDetail } from "../calls/call.queries.js";
import type { EventRow } from "../events/event.queries.js";
import { feedWords } from "./feed-text.js";

/**
 * iCalendar (RFC 5545) for deadlines and events. Timed moments are written as UTC
 * instants (the stored instant is already the right Brussels moment, across DST); a
 * date-only deadline is an all-day entry on its Brussels date. UIDs come from our ids, so
 * a calendar app updates an entry instead of adding it twice; SEQUENCE follows the version.
 */
export type Entry = EventAttributes & { timestamp: number };

const utc = { startInputType: "utc", startOutputType: "utc", endInputType: "utc", endOutputType: "utc" } as const;

export function callDeadlineEntries(call: CallDetail, baseUrl: string, lang: Lang): Entry[] {
  const url = `${baseUrl}${pathsFor(lang).call(call.slug)}`;
  const details = [call.code, call.programme?.name, url].filter(Boolean).join("\n");
  return call.deadlines.map((deadline, index) => {
    const common = {
      uid: `call-${call.id}-deadline-${index + 1}@subsidiegids`,
      title: `${feedWords[lang].deadline}: ${call.title}${deadline.label ? ` (${deadline.label})` : ""}`,
      description: details,
      url,
      sequence: call.row.version,
      timestamp: Date.parse(call.updatedAt),
      lastModified: Date.parse(call.updatedAt),
      transp: "TRANSPARENT" as const,
    };
    if (deadline.time === null) {
      const [y, m, d] = deadline.date.split("-").map(Number) as [number, number, number];
      const next = new Date(Date.UTC(y, m - 1, d + 1));
      return { ...common, start: [y, m, d], end: [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()] };
    }
    // A deadline is a moment, not a meeting: it starts and ends at the same instant.
    const at = Date.parse(deadline.at);
    return { ...common, ...utc, start: at, end: at };
  });
}

export function eventEntry(event: EventRow, baseUrl: string, lang: Lang): Entry {
  const url = `${baseUrl}${pathsFor(lang).event(event.slug)}`;
  const start = Date.parse(event.startsAt);
  return {
    ...utc,
    uid: `event-${event.id}@subsidiegids`,
    title: event.title,
    description: [event.summary, event.registrationUrl, url].filter(Boolean).join("\n\n"),
    location: event.isOnline ? feedWords[lang].online : (event.location ?? undefined),
    url,
    start,
    end: event.endsAt ? Date.parse(event.endsAt) : start,
    organizer: event.organiser
      ? { name: event.organiser, ...(event.contactEmail ? { email: event.contactEmail } : {}) }
      : undefined,
    sequence: event.version,
    timestamp: Date.parse(event.updatedAt),
    lastModified: Date.parse(event.updatedAt),
  };
}

const END = "END:VCALENDAR\r\n";

export function toIcs(entries: Entry[], name: string): string {
  const { error, value } = createEvents(entries, {
    productId: "-//Subsidiegids//Subsidiegids//NL",
    calName: name,
    method: "PUBLISH",
  });
  if (error || !value) throw error ?? new Error("calendar could not be written");
  return value;
}

/**
 * A calendar written as its entries come, for a whole search: the calendar's head once,
 * the events of each batch as the library writes them, then its end.
 */
export async function* icsChunks(batches: AsyncIterable<Entry[]>, name: string): AsyncGenerator<string> {
  const head = toIcs([], name).slice(0, -END.length);
  // The head goes with the first batch, so the first chunk has run the search.
  let pending = head;
  for await (const entries of batches) {
    yield pending + (entries.length ? toIcs(entries, name).slice(head.length, -END.length) : "");
    pending = "";
  }
  yield pending + END;
}
