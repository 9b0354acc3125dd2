import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import type { EntityType } from "../history/save-entity.js";

/** Someone whose page sent no heartbeat for this long has closed it. */
export const PRESENCE_WINDOW_MS = 90_000;

/** This editor has the record open now (on opening the page, and every 30 seconds from its script). */
export async function notePresence(
  db: Kysely<Database>,
  record: { type: EntityType; id: number },
  user: { id: number; name: string },
  now: Date,
): Promise<void> {
  const seenAt = now.toISOString();
  await db
    .insertInto("recordPresence")
    .values({ entityType: record.type, entityId: record.id, userId: user.id, name: user.name, seenAt })
    .onConflict((oc) => oc.columns(["entityType", "entityId", "userId"]).doUpdateSet({ seenAt, name: user.name }))
    .execute();
}

/** The others who have the record open. */
export async function othersPresent(
  db: Kysely<Database>,
  record: { type: EntityType; id: number },
  userId: number,
  now: Date,
): Promise<string[]> {
  const rows = await db
    .selectFrom("recordPresence")
    .select("name")
    .where("entityType", "=", record.type)
    .where("entityId", "=", record.id)
    .where("userId", "!=", userId)
    .where("seenAt", ">", new Date(now.getTime() - PRESENCE_WINDOW_MS).toISOString())
    .orderBy("name")
    .execute();
  return rows.map((r) => r.name);
}
