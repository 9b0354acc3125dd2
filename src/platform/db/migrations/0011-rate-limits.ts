import type { MigrationDb } from "./helpers.js";

/**
 * Request counts per client and limit, shared by every process that uses the database, so a
 * limit holds behind a load balancer. Instants are epoch milliseconds: the counter is
 * compared and reset in one statement.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("rate_limits")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("window_start", "bigint", (c) => c.notNull())
    .addColumn("hits", "integer", (c) => c.notNull())
    .addColumn("expires_at", "bigint", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("rate_limits_expiry").on("rate_limits").column("expires_at").execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable("rate_limits").execute();
}
