import type { MigrationDb } from "./helpers.js";

/**
 * A member's personal calendar address: only the token's hash is kept, so the address is
 * shown once when made, and making a new one replaces it (the old address stops working).
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("calendar_feeds")
    .addColumn("user_id", "integer", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable("calendar_feeds").execute();
}
