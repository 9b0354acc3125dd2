import { type Kysely, PostgresAdapter, sql } from "kysely";
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
  /** Where the record stands in commit order (changeOrder): what cursors compare. */
  order: number;
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
  /** The commit order of the last change record this run looks at; recipients' cursors move to it. */
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
  const order = changeOrder(db);
  const highWater = await committedUpTo(db, window.until);
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
      .select(["id", "entityId", "field", "oldValue", "newValue", "createdAt", order.as("order")])
      .where("entityType", "=", "call")
      .where("kind", "=", "updated")
      .where("minor", "=", 0)
      .where("field", "in", [...REPORTED_FIELDS])
      .where(order, ">", window.afterRecord)
      .where(order, "<=", highWater)
      .orderBy(order)
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
      order: Number(row.order),
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

/**
 * A change record's place in commit order. SQLite lets one writer in at a time, so its ids
 * are in commit order; PostgreSQL hands out ids before commit, so there it is the record's
 * transaction id (`commit_order`, migration 0022).
 */
export function changeOrder(db: Kysely<Database>) {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? sql<number>`change_records.commit_order`
    : sql<number>`change_records.id`;
}

/**
 * The commit order up to which every change record made until `until` can be read and no
 * other will appear: on PostgreSQL never past a transaction still running, whose records
 * may yet commit below what others have already committed; the next run reads those.
 */
export async function committedUpTo(db: Kysely<Database>, until: string): Promise<number> {
  const order = changeOrder(db);
  const row = await db
    .selectFrom("changeRecords")
    .select((eb) => eb.fn.max(order).as("top"))
    .where("createdAt", "<=", until)
    .executeTakeFirst();
  const top = Number(row?.top ?? 0);
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return top;
  return Math.min(top, (await oldestWriter(db)) - 1);
}

/**
 * The transaction id below which every transaction that wrote to this schema has ended. A
 * save writes its record before its change records, so it holds a lock on a table of the
 * schema from the moment it has a transaction id; transactions of other databases and
 * schemas on the server are left out, so they hold no digest back. pg_locks names
 * transaction ids without their epoch: the epoch is the next id's, or the one before when
 * that would put the id ahead of it.
 */
async function oldestWriter(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ next: string; oldest: string | null }>`
    with next as (select pg_snapshot_xmax(pg_current_snapshot())::text::bigint as id),
    writers as (
      select distinct own.transactionid::text::bigint as xid
      from pg_locks held
      join pg_class rel on rel.oid = held.relation
      join pg_locks own on own.virtualtransaction = held.virtualtransaction
        and own.locktype = 'transactionid' and own.mode = 'ExclusiveLock' and own.granted
      where held.locktype = 'relation'
        and rel.relnamespace = (select relnamespace from pg_class where oid = 'change_records'::regclass)
    )
    select next.id::text as next,
      min(((next.id >> 32) << 32) + writers.xid
        - case when ((next.id >> 32) << 32) + writers.xid > next.id then 4294967296 else 0 end)::text as oldest
    from next left join writers on true
    group by next.id`.execute(db);
  const row = rows[0];
  return Number(row?.oldest ?? row?.next);
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
