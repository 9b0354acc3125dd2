import type { MigrationDb } from "./helpers.js";

/** The status alerts last saw per call, so a derived status change can be announced once. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("call_status_marks")
    .addColumn("call_id", "integer", (c) => c.primaryKey().references("calls.id").onDelete("cascade"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("seen_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("jobs_kind_pending").on("jobs").columns(["kind", "done_at"]).execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropIndex("jobs_kind_pending").execute();
  await db.schema.dropTable("call_status_marks").execute();
}
