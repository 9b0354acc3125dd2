import { brusselsInstant } from "../../time/brussels.js";
import type { MigrationDb } from "./helpers.js";

/**
 * A call without any deadline now closes when its programme's period ("2014-2020") ends.
 * The calls stored before, and their search documents, get that instant once here; the
 * rule is copied rather than imported, so this migration keeps meaning what it meant.
 */
export async function up(db: MigrationDb): Promise<void> {
  const calls = await db
    .selectFrom("calls as c")
    .innerJoin("programmes as p", "p.id", "c.programme_id")
    .select(["c.id as id", "p.period as period"])
    .where("c.closes_at", "is", null)
    .where("p.period", "is not", null)
    .where((eb) => eb.not(eb.exists(eb.selectFrom("call_deadlines as d").select("d.call_id").whereRef("d.call_id", "=", "c.id"))))
    .execute();
  for (const call of calls as { id: number; period: string }[]) {
    const last = /^\s*\d{4}\s*[-–]\s*(\d{4})\s*$/.exec(call.period)?.[1];
    if (!last) continue;
    const closesAt = brusselsInstant(`${last}-12-31`);
    await db.updateTable("calls").set({ closes_at: closesAt }).where("id", "=", call.id).execute();
    await db
      .updateTable("search_documents")
      .set({ closes_at: closesAt })
      .where("entity_type", "=", "call")
      .where("entity_id", "=", call.id)
      .execute();
  }
}
