import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import { hashToken, randomToken } from "../../platform/http/session.js";
import { visibleTo } from "../history/visibility.js";

/**
 * A new secret calendar address for the member, replacing the one they had: the old
 * address stops working at once. Returns the token, which is never stored itself.
 */
export async function renewCalendarToken(db: Kysely<Database>, userId: number, now: Date): Promise<string> {
  const token = randomToken();
  const row = { userId, tokenHash: hashToken(token), createdAt: now.toISOString() };
  await db
    .insertInto("calendarFeeds")
    .values(row)
    .onConflict((oc) => oc.column("userId").doUpdateSet({ tokenHash: row.tokenHash, createdAt: row.createdAt }))
    .execute();
  return token;
}

/** When the member's current calendar address was made, or undefined when they have none. */
export async function calendarTokenMadeAt(db: Kysely<Database>, userId: number): Promise<string | undefined> {
  const row = await db.selectFrom("calendarFeeds").select("createdAt").where("userId", "=", userId).executeTakeFirst();
  return row?.createdAt;
}

/** The member a calendar address belongs to. */
export async function calendarOwner(db: Kysely<Database>, token: string): Promise<number | undefined> {
  const row = await db.selectFrom("calendarFeeds").select("userId").where("tokenHash", "=", hashToken(token)).executeTakeFirst();
  return row?.userId;
}

/** How far back a calendar keeps events, so one just held stays in view a while. */
const EVENTS_KEPT_MS = 90 * 86_400_000;

/**
 * What a member's calendar holds: the calls they follow (all their deadlines) and the events
 * about those calls or about calls in the themes they follow, a theme counted the way the
 * call shows it (its own, or its programme's when it has none). A follow muted for mails
 * still counts: the calendar is not a mail.
 */
export async function calendarSubjects(
  db: Kysely<Database>,
  userId: number,
  now: Date,
): Promise<{ callIds: number[]; eventIds: number[] }> {
  const followed = (type: "call" | "theme") =>
    db.selectFrom("follows").select("subjectId").where("userId", "=", userId).where("subjectType", "=", type);
  const calls = await followed("call").execute();
  const since = new Date(now.getTime() - EVENTS_KEPT_MS).toISOString();
  const events = await db
    .selectFrom("events")
    .innerJoin("eventCalls", "eventCalls.eventId", "events.id")
    .innerJoin("calls", "calls.id", "eventCalls.callId")
    .select("events.id")
    .distinct()
    .where(visibleTo(now, "events"))
    .where((eb) => eb(eb.fn.coalesce("events.endsAt", "events.startsAt"), ">=", since))
    .where((eb) =>
      eb.or([
        eb("calls.id", "in", followed("call")),
        eb.and([
          eb("calls.ownThemes", "=", 1),
          eb("calls.id", "in", eb.selectFrom("callThemes").select("callId").where("themeId", "in", followed("theme"))),
        ]),
        eb.and([
          eb("calls.ownThemes", "=", 0),
          eb(
            "calls.programmeId",
            "in",
            eb.selectFrom("programmeThemes").select("programmeId").where("themeId", "in", followed("theme")),
          ),
        ]),
      ]),
    )
    .orderBy("events.id")
    .execute();
  return { callIds: calls.map((c) => c.subjectId), eventIds: events.map((e) => e.id) };
}
