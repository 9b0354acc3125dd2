import { type Kysely, sql } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import type { Deadline } from "../calls/call.queries.js";
import { readCalls } from "../calls/call-reader.js";
import { readEvents } from "../events/event.queries.js";
import { visibleTo } from "../history/visibility.js";
import { addDays } from "./digest-period.js";

/** The fields whose changes a digest reports, as change records name them. */
export const REPORTED_FIELDS = ["deadlines", "opensOn", "status", "budgetAmountEur"] as const;
export type ReportedField = (typeof REPORTED_FIELDS)[number];

/** The furthest ahead a member can ask to be reminded. */
export const MAX_REMINDER_DAYS = 90;

export interface NewsCall {
  id: number;
  slug: string;
  title: string;
  programmeId: number | null;
  programmeName: string | null;
  themeIds: number[];
  deadlines: Deadline[];
  /** When visitors could first see it: its publication, or its scheduled moment. */
  visibleSince: string;
}

export interface NewsEvent {
  id: number;
  slug: string;
  title: string;
  startsAt: string;
  visibleSince: string;
  callIds: number[];
}

export interface CallChange {
  recordId: number;
  createdAt: string;
  field: ReportedField;
  oldValue: unknown;
  newValue: unknown;
}

/**
 * What happened in the catalogue up to one digest moment, read once for a whole run and
 * matched against every recipient in memory: a run costs the same queries for ten
 * recipients as for a hundred thousand.
 */
export interface CatalogueNews {
  until: string;
  /** The last change record this run looks at; recipients' cursors move to it. */
  highWater: number;
  calls: Map<number, NewsCall>;
  newCalls: NewsCall[];
  newCallsByTheme: Map<number, NewsCall[]>;
  newCallsByProgramme: Map<number, NewsCall[]>;
  newEvents: NewsEvent[];
  events: Map<number, NewsEvent>;
  changes: Map<number, CallChange[]>;
  themeNames: Map<number, { nameNl: string; nameEn: string }>;
  themeIds: Map<string, number>;
}

const CHUNK = 500;

/**
 * `since`: the earliest moment any recipient of the run still needs; `afterRecord`: the
 * lowest change cursor among them; `firstDate`: the earliest digest date (for reminders).
 */
export async function loadCatalogueNews(
  db: Kysely<Database>,
  window: { since: string; until: string; afterRecord: number; firstDate: string; lastDate: string },
): Promise<CatalogueNews> {
  const until = new Date(window.until);
  const highWater =
    (
      await db
        .selectFrom("changeRecords")
        .select((eb) => eb.fn.max("id").as("id"))
        .where("createdAt", "<=", window.until)
        .executeTakeFirst()
    )?.id ?? 0;
  const [newCallRows, eventRows, changeRows, deadlineRows, themes] = await Promise.all([
    db
      .selectFrom("calls")
      .select(["id", visibleSince("calls").as("since")])
      .where(visibleTo(until, "calls"))
      .where(visibleSince("calls"), ">", window.since)
      .where(visibleSince("calls"), "<=", window.until)
      .execute(),
    db
      .selectFrom("events")
      .select(["id", visibleSince("events").as("since")])
      .where(visibleTo(until, "events"))
      .where(visibleSince("events"), ">", window.since)
      .where(visibleSince("events"), "<=", window.until)
      .execute(),
    db
      .selectFrom("changeRecords")
      .select(["id", "entityId", "field", "oldValue", "newValue", "createdAt"])
      .where("entityType", "=", "call")
      .where("kind", "=", "updated")
      .where("minor", "=", 0)
      .where("field", "in", [...REPORTED_FIELDS])
      .where("id", ">", window.afterRecord)
      .where("id", "<=", highWater)
      .orderBy("id")
      .execute(),
    db
      .selectFrom("callDeadlines")
      .select("callId")
      .distinct()
      // Only followed calls are reminded of: the others need not be read.
      .where("callId", "in", (eb) =>
        eb.selectFrom("follows").select("subjectId").where("subjectType", "=", "call").where("muted", "=", 0),
      )
      .where("dueOn", ">", window.firstDate)
      .where("dueOn", "<=", addDays(window.lastDate, MAX_REMINDER_DAYS + 6))
      .execute(),
    db.selectFrom("themes").select(["id", "slug", "nameNl", "nameEn"]).execute(),
  ]);
  const news: CatalogueNews = {
    until: window.until,
    highWater,
    calls: new Map(),
    newCalls: [],
    newCallsByTheme: new Map(),
    newCallsByProgramme: new Map(),
    newEvents: [],
    events: new Map(),
    changes: new Map(),
    themeNames: new Map(themes.map((t) => [t.id, { nameNl: t.nameNl, nameEn: t.nameEn }])),
    themeIds: new Map(themes.map((t) => [t.slug, t.id])),
  };
  const sinceOf = new Map(newCallRows.map((r) => [r.id, String(r.since)]));
  await addEvents(
    db,
    news,
    eventRows.map((e) => e.id),
    new Map(eventRows.map((e) => [e.id, String(e.since)])),
  );
  await addCalls(
    db,
    news,
    [
      ...newCallRows.map((r) => r.id),
      ...changeRows.map((r) => r.entityId),
      ...deadlineRows.map((r) => r.callId),
      ...[...news.events.values()].flatMap((e) => e.callIds),
    ],
    sinceOf,
  );
  const { calls, events } = news;
  const newCalls = newCallRows.flatMap((r) => calls.get(r.id) ?? []);
  const changes = new Map<number, CallChange[]>();
  for (const row of changeRows) {
    if (!calls.has(row.entityId)) continue;
    const list = changes.get(row.entityId) ?? [];
    list.push({
      recordId: row.id,
      createdAt: row.createdAt,
      field: row.field as ReportedField,
      oldValue: parse(row.oldValue),
      newValue: parse(row.newValue),
    });
    changes.set(row.entityId, list);
  }
  news.newCalls = newCalls;
  news.newCallsByTheme = groupMany(newCalls, (c) => c.themeIds);
  news.newCallsByProgramme = groupMany(newCalls, (c) => (c.programmeId === null ? [] : [c.programmeId]));
  news.newEvents = [...events.values()];
  news.changes = changes;
  return news;
}

/** Reads calls the news does not hold yet (a saved search's results): one reader, a few queries a chunk. */
export async function addCalls(
  db: Kysely<Database>,
  news: CatalogueNews,
  ids: readonly number[],
  sinceOf: ReadonlyMap<number, string> = new Map(),
): Promise<void> {
  const missing = [...new Set(ids)].filter((id) => !news.calls.has(id));
  for (const chunk of chunks(missing)) {
    for (const call of await readCalls(db, chunk, new Date(news.until))) {
      news.calls.set(call.id, {
        id: call.id,
        slug: call.slug,
        title: call.title,
        programmeId: call.row.programmeId,
        programmeName: call.programme?.shortName ?? call.programme?.name ?? null,
        themeIds: call.themes.flatMap((t) => news.themeIds.get(t.slug) ?? []),
        deadlines: call.deadlines,
        visibleSince: sinceOf.get(call.id) ?? call.row.publishedAt ?? call.row.createdAt,
      });
    }
  }
}

export async function addEvents(
  db: Kysely<Database>,
  news: CatalogueNews,
  ids: readonly number[],
  sinceOf: ReadonlyMap<number, string> = new Map(),
): Promise<void> {
  const missing = [...new Set(ids)].filter((id) => !news.events.has(id));
  for (const chunk of chunks(missing)) {
    const links = await db.selectFrom("eventCalls").select(["eventId", "callId"]).where("eventId", "in", chunk).execute();
    for (const event of await readEvents(db, chunk, new Date(news.until))) {
      news.events.set(event.id, {
        id: event.id,
        slug: event.slug,
        title: event.title,
        startsAt: event.startsAt,
        visibleSince: sinceOf.get(event.id) ?? event.publishedAt ?? event.createdAt,
        callIds: links.filter((l) => l.eventId === event.id).map((l) => l.callId),
      });
    }
  }
  await addCalls(
    db,
    news,
    [...news.events.values()].flatMap((e) => e.callIds),
  );
}

/** The moment a record became visible: its scheduled moment when that came after its publication. */
function visibleSince(table: "calls" | "events") {
  const published = sql<string>`coalesce(${sql.ref(`${table}.publishedAt`)}, ${sql.ref(`${table}.createdAt`)})`;
  const scheduled = sql.ref(`${table}.publishAt`);
  return sql<string>`(case when ${scheduled} is not null and ${scheduled} > ${published} then ${scheduled} else ${published} end)`;
}

function parse(value: string | null): unknown {
  if (value === null) return null;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function groupMany<T>(items: readonly T[], keys: (item: T) => readonly number[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) for (const key of keys(item)) map.set(key, [...(map.get(key) ?? []), item]);
  return map;
}

function* chunks(ids: readonly number[]): Generator<number[]> {
  for (let i = 0; i < ids.length; i += CHUNK) yield ids.slice(i, i + CHUNK);
}
