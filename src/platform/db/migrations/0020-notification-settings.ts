import type { MigrationDb } from "./helpers.js";

/**
 * How often a member gets the digest and how long before a deadline they are reminded; a
 * member without a row has the defaults (daily; 30, 7 and 1 days). A follow can be muted: it
 * stays in Mijn gids but no mail reports it. Each recipient's digest cursor says what the
 * last stored digest covered, so the next one starts where it ended.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("notification_settings")
    .addColumn("user_id", "integer", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("frequency", "text", (c) => c.notNull())
    .addColumn("reminder_days", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .alterTable("follows")
    .addColumn("muted", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable("digest_cursors")
    .addColumn("recipient_key", "text", (c) => c.primaryKey())
    .addColumn("change_cursor", "integer", (c) => c.notNull())
    .addColumn("covered_until", "text", (c) => c.notNull())
    .addColumn("last_period", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable("digest_cursors").execute();
  await db.schema.alterTable("follows").dropColumn("muted").execute();
  await db.schema.dropTable("notification_settings").execute();
}
