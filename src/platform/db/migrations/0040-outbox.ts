import { sql } from "kysely";
import type { MigrationDb } from "./helpers.js";
import { withId } from "./helpers.js";

/**
 * The outbox: every mail is stored whole, under a unique key, in the transaction that decides
 * to send it, and only then delivered. A key appears once, so the same mail decided twice
 * (two workers building one digest) is stored once. `message_id` is what the server saw and
 * `smtp_response` what it answered, so a mail the server accepted can be told from one it did not.
 */
export async function up(db: MigrationDb): Promise<void> {
  await withId(db, db.schema.createTable("outbox"))
    .addColumn("unique_key", "text", (c) => c.notNull().unique())
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("html_body", "text", (c) => c.notNull())
    .addColumn("text_body", "text", (c) => c.notNull())
    .addColumn("headers", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("language", "text")
    .addColumn("state", "text", (c) => c.notNull().defaultTo("queued"))
    .addColumn("run_at", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("locked_by", "text")
    .addColumn("locked_until", "text")
    .addColumn("last_error", "text")
    .addColumn("message_id", "text")
    .addColumn("smtp_response", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .addColumn("failed_at", "text")
    .execute();
  await sql`create index outbox_queued on outbox (run_at, id) where state = 'queued'`.execute(db);
  await db.schema.createIndex("outbox_state").on("outbox").columns(["state", "failed_at"]).execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable("outbox").execute();
}
