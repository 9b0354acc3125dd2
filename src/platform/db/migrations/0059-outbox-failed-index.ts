import { sql } from "kysely";
import type { MigrationDb } from "./helpers.js";

/**
 * The failed mails get an index of their own instead of one on (state, failed_at). SQLite,
 * which keeps no statistics, took that index for `state = 'queued'` in every lease, renewal
 * and put-back: it went through all queued mails instead of the few it leases (by key, or
 * through `outbox_queued` in the order they are due), once per batch.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.dropIndex("outbox_state").execute();
  await sql`create index outbox_failed on outbox (failed_at) where state = 'failed'`.execute(db);
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropIndex("outbox_failed").execute();
  await db.schema.createIndex("outbox_state").on("outbox").columns(["state", "failed_at"]).execute();
}
