import type { Kysely } from "kysely";
import { inOrder } from "../../platform/db/in-order.js";
import type { Database, Row } from "../../platform/db/schema.js";
import { visibleTo } from "../history/visibility.js";

export type EventRow = Row<"events">;

export interface EventDetail extends EventRow {
  calls: { slug: string; title: string; code: string | null }[];
}

export interface EventListFilter {
  /** Events that have not ended yet, soonest first; otherwise ended ones, latest first. */
  when: "upcoming" | "past" | { from: string; to: string };
  limit?: number;
  offset?: number;
}

export async function listEvents(
  db: Kysely<Database>,
  filter: EventListFilter,
  now: Date,
): Promise<{ total: number; events: EventRow[] }> {
  const at = now.toISOString();
  let query = db.selectFrom("events").where(visibleTo(now, "events"));
  // An event without an end is over once it has started.
  if (filter.when === "upcoming") query = query.where((eb) => eb(eb.fn.coalesce("endsAt", "startsAt"), ">=", at));
  else if (filter.when === "past") query = query.where((eb) => eb(eb.fn.coalesce("endsAt", "startsAt"), "<", at));
  else {
    const { from, to } = filter.when;
    query = query.where("startsAt", ">=", from).where("startsAt", "<", to);
  }
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow();
  const events = await query
    .selectAll()
    .orderBy("startsAt", filter.when === "past" ? "desc" : "asc")
    .orderBy("id")
    .limit(filter.limit ?? 50)
    .offset(filter.offset ?? 0)
    .execute();
  return { total: Number(total), events };
}

export async function findEvent(db: Kysely<Database>, slug: string, now: Date): Promise<EventDetail | undefined> {
  const event = await db
    .selectFrom("events")
    .selectAll()
    .where("slug", "=", slug)
    .where(visibleTo(now, "events"))
    .executeTakeFirst();
  return event ? (await withCalls(db, [event], now))[0] : undefined;
}

/** Events with their calls, two queries however many: for feeds and exports of a search. */
export async function readEvents(db: Kysely<Database>, ids: readonly number[], now: Date): Promise<EventDetail[]> {
  if (ids.length === 0) return [];
  const events = await db
    .selectFrom("events")
    .selectAll()
    .where("id", "in", [...ids])
    .where(visibleTo(now, "events"))
    .execute();
  return inOrder(await withCalls(db, events, now), ids);
}

async function withCalls(db: Kysely<Database>, events: EventRow[], now: Date): Promise<EventDetail[]> {
  if (events.length === 0) return [];
  const calls = await db
    .selectFrom("eventCalls")
    .innerJoin("calls", "calls.id", "eventCalls.callId")
    .select(["eventCalls.eventId", "calls.slug", "calls.title", "calls.code"])
    .where(
      "eventCalls.eventId",
      "in",
      events.map((e) => e.id),
    )
    .where(visibleTo(now, "calls"))
    .orderBy("calls.title")
    .execute();
  return events.map((event) => ({
    ...event,
    calls: calls.filter((c) => c.eventId === event.id).map(({ slug, title, code }) => ({ slug, title, code })),
  }));
}
