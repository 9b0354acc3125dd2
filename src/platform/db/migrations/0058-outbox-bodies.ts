import { sql } from "kysely";
import type { MigrationDb } from "./helpers.js";

/**
 * A mail's two parts move to a table of their own, written once when the mail is queued and
 * read when it is sent. The outbox row keeps what changes (lease, tries, state): on SQLite an
 * update rewrites the whole row, and with a 34 KB digest in it every lease and every "sent"
 * wrote the digest again.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("outbox_bodies")
    .addColumn("outbox_id", "integer", (c) => c.primaryKey().references("outbox.id").onDelete("cascade"))
    .addColumn("html_body", "text", (c) => c.notNull())
    .addColumn("text_body", "text", (c) => c.notNull())
    .execute();
  await sql`insert into outbox_bodies (outbox_id, html_body, text_body) select id, html_body, text_body from outbox`.execute(db);
  await db.schema.alterTable("outbox").dropColumn("html_body").execute();
  await db.schema.alterTable("outbox").dropColumn("text_body").execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable("outbox")
    .addColumn("html_body", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema
    .alterTable("outbox")
    .addColumn("text_body", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await sql`update outbox set html_body = (select b.html_body from outbox_bodies b where b.outbox_id = outbox.id), text_body = (select b.text_body from outbox_bodies b where b.outbox_id = outbox.id) where id in (select outbox_id from outbox_bodies)`.execute(
    db,
  );
  await db.schema.dropTable("outbox_bodies").execute();
}
