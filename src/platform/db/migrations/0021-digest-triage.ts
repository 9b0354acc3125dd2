import type { MigrationDb } from "./helpers.js";

/**
 * "Niet voor ons" from a digest keeps a call out of that recipient's later digests. The key
 * that signs the links in digests lives in the database, so every process checks them alike
 * and links in old mails keep working whatever the configuration becomes.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("digest_triage")
    .addColumn("recipient_key", "text", (c) => c.notNull())
    .addColumn("call_id", "integer", (c) => c.notNull().references("calls.id").onDelete("cascade"))
    .addColumn("reason", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("digest_triage_pk", ["recipient_key", "call_id"])
    .execute();
  await db.schema
    .createTable("link_keys")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("secret", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable("link_keys").execute();
  await db.schema.dropTable("digest_triage").execute();
}
