import type { FollowSubjectType } from "../../platform/db/schema.js";
import { brusselsDate } from "../../platform/time/brussels.js";
import type { Deadline } from "../calls/call.queries.js";
import type { CallChange, CatalogueNews, NewsCall, NewsEvent } from "./catalogue-news.js";
import { addDays, type DigestPeriod, daysBetween } from "./digest-period.js";
import type { Recipient, RecipientSearch, StopTarget } from "./recipient.js";

/** Why an item is in a recipient's digest: what they follow or searched for. */
export type Reason =
  | { kind: "theme"; id: number }
  | { kind: "programme"; id: number; name: string }
  | { kind: "call"; id: number }
  | { kind: "search"; id: number; name: string };

export interface Digest {
  period: DigestPeriod;
  newCalls: { call: NewsCall; reasons: Reason[] }[];
  newEvents: { event: NewsEvent; reasons: Reason[] }[];
  changes: { call: NewsCall; changes: CallChange[] }[];
  reminders: { call: NewsCall; deadline: Deadline; daysLeft: number }[];
  /** The saved searches this digest reports results of: seen once it is stored. */
  reportedSearches: number[];
  /** What the digest's "no more mails about this" links can stop. */
  stoppable: { target: StopTarget; reason: Reason }[];
}

/** Where a recipient's last digest left off; undefined for their first. */
export interface DigestCursor {
  changeCursor: number;
  coveredUntil: string;
}

/** A saved search's results published up to the digest moment, newest first. */
export type SearchResults = (search: RecipientSearch) => readonly { type: string; id: number; sortDate: string }[];

/**
 * One recipient's digest for one period, from the run's news: new calls and events that
 * match a follow or saved search (once each, with every reason), changes to followed
 * calls since the cursor, and deadlines of followed calls at a reminder offset. Calls the
 * recipient put aside ("niet voor ons") are left out. Undefined when there is nothing.
 */
export function buildDigest(input: {
  recipient: Recipient;
  period: DigestPeriod;
  cursor: DigestCursor | undefined;
  news: CatalogueNews;
  putAside: ReadonlySet<number>;
  results: SearchResults;
}): Digest | undefined {
  const { recipient, period, cursor, news, putAside } = input;
  const since = cursor?.coveredUntil ?? period.start;
  const inWindow = (at: string) => at > since && at <= period.end;

  const calls = new Map<number, Reason[]>();
  const events = new Map<number, Reason[]>();
  const add = (map: Map<number, Reason[]>, id: number, reason: Reason) => {
    const reasons = map.get(id);
    if (reasons) reasons.push(reason);
    else map.set(id, [reason]);
  };
  for (const themeId of recipient.follows.theme) {
    for (const call of news.newCallsByTheme.get(themeId) ?? []) add(calls, call.id, { kind: "theme", id: themeId });
  }
  for (const programmeId of recipient.follows.programme) {
    for (const call of news.newCallsByProgramme.get(programmeId) ?? []) {
      add(calls, call.id, { kind: "programme", id: programmeId, name: call.programmeName ?? "" });
    }
  }
  for (const event of news.newEvents) {
    for (const reason of eventReasons(event, recipient, news)) add(events, event.id, reason);
  }
  const reportedSearches: number[] = [];
  for (const search of recipient.searches) {
    let reported = false;
    for (const hit of input.results(search)) {
      if (hit.sortDate <= search.lastSeenAt || hit.sortDate > period.end) continue;
      const reason: Reason = { kind: "search", id: search.id, name: search.name };
      if (hit.type === "call" && news.calls.has(hit.id)) add(calls, hit.id, reason);
      else if (hit.type === "event" && news.events.has(hit.id)) add(events, hit.id, reason);
      else continue;
      reported = true;
    }
    if (reported) reportedSearches.push(search.id);
  }

  const newCalls = [...calls]
    .flatMap(([id, reasons]) => {
      const call = news.calls.get(id);
      if (!call || putAside.has(id)) return [];
      // Follows are matched within the period; a saved search by its own "seen" moment.
      const kept = reasons.filter((r) => r.kind === "search" || inWindow(call.visibleSince));
      return kept.length ? [{ call, reasons: unique(kept) }] : [];
    })
    .sort((a, b) => b.call.visibleSince.localeCompare(a.call.visibleSince) || a.call.id - b.call.id);
  const newEvents = [...events]
    .flatMap(([id, reasons]) => {
      const event = news.events.get(id);
      if (!event) return [];
      const kept = reasons.filter((r) => r.kind === "search" || inWindow(event.visibleSince));
      return kept.length ? [{ event, reasons: unique(kept) }] : [];
    })
    .sort((a, b) => a.event.startsAt.localeCompare(b.event.startsAt) || a.event.id - b.event.id);

  const followed = recipient.follows.call.filter((id) => !putAside.has(id));
  const changes = followed.flatMap((id) => {
    const call = news.calls.get(id);
    const list = (news.changes.get(id) ?? []).filter((c) =>
      cursor ? c.order > cursor.changeCursor : c.createdAt > period.start,
    );
    return call && list.length ? [{ call, changes: latestPerField(list) }] : [];
  });
  const days = reminderWindow(period, cursor);
  const reminders = followed
    .flatMap((id) => {
      const call = news.calls.get(id);
      return call ? remindersOf(call, recipient, period, days).map((r) => ({ call, ...r })) : [];
    })
    .sort((a, b) => a.deadline.at.localeCompare(b.deadline.at));

  if (newCalls.length + newEvents.length + changes.length + reminders.length === 0) return undefined;
  const reasons = [...newCalls, ...newEvents].flatMap((item) => item.reasons);
  return {
    period,
    newCalls,
    newEvents,
    changes,
    reminders,
    reportedSearches: reportedSearches.filter((id) => reasons.some((r) => r.kind === "search" && r.id === id)),
    stoppable: stoppable([...reasons, ...[...changes, ...reminders].map((c): Reason => ({ kind: "call", id: c.call.id }))]),
  };
}

function eventReasons(event: NewsEvent, recipient: Recipient, news: CatalogueNews): Reason[] {
  return event.callIds.flatMap((callId): Reason[] => {
    const call = news.calls.get(callId);
    if (!call) return [];
    return [
      ...(recipient.follows.call.includes(callId) ? [{ kind: "call" as const, id: callId }] : []),
      ...call.themeIds.filter((t) => recipient.follows.theme.includes(t)).map((id) => ({ kind: "theme" as const, id })),
      ...(call.programmeId !== null && recipient.follows.programme.includes(call.programmeId)
        ? [{ kind: "programme" as const, id: call.programmeId, name: call.programmeName ?? "" }]
        : []),
    ];
  });
}

/**
 * Deadlines a reminder offset points at: on a daily digest the offset's day is today (or a
 * day missed since the last digest); on a weekly one it falls in the coming week. Brussels
 * calendar days, so the clock change in spring or autumn moves nothing.
 */
function remindersOf(call: NewsCall, recipient: Recipient, period: DigestPeriod, { first, lastDay }: ReminderWindow) {
  return call.deadlines.flatMap((deadline) => {
    if (deadline.at <= period.end) return [];
    const hit = recipient.reminderDays.some((days) => {
      const day = addDays(deadline.date, -days);
      return day >= first && day <= lastDay;
    });
    return hit ? [{ deadline, daysLeft: daysBetween(period.date, deadline.date) }] : [];
  });
}

interface ReminderWindow {
  first: string;
  lastDay: string;
}

/** The Brussels dates a reminder offset may point at in this digest. */
function reminderWindow(period: DigestPeriod, cursor: DigestCursor | undefined): ReminderWindow {
  const weekly = period.key.includes("W");
  const last = cursor ? brusselsDate(cursor.coveredUntil) : undefined;
  return {
    first: weekly || !last ? period.date : laterOf(addDays(period.date, -6), addDays(last, 1)),
    lastDay: weekly ? addDays(period.date, 6) : period.date,
  };
}

function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

/** The last change of each field, with the value before the first: "7 mei -> 14 mei" once. */
function latestPerField(changes: CallChange[]): CallChange[] {
  const byField = new Map<string, CallChange>();
  for (const change of changes) {
    const earlier = byField.get(change.field);
    byField.set(change.field, earlier ? { ...change, oldValue: earlier.oldValue } : change);
  }
  // A deadline moved and moved back has not changed.
  return [...byField.values()].filter((c) => JSON.stringify(c.oldValue) !== JSON.stringify(c.newValue));
}

function unique(reasons: Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.kind}:${r.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function stoppable(reasons: Reason[]): Digest["stoppable"] {
  return unique(reasons).map((reason) => ({
    reason,
    target:
      reason.kind === "search"
        ? { kind: "search", id: reason.id }
        : { kind: "follow", type: reason.kind satisfies FollowSubjectType, id: reason.id },
  }));
}
