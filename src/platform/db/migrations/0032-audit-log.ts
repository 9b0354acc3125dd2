import type { MigrationDb } from "./helpers.js";
import { withId } from "./helpers.js";

/** Every back-office action: who did what to which record, and when. Kept when the user goes. */
export async function up(db: MigrationDb): Promise<void> {
  await withId(db, db.schema.createTable("audit_log"))
    .addColumn("user_id", "integer")
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity_type", "text")
    .addColumn("entity_id", "integer")
    .addColumn("detail", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("audit_log_entity").on("audit_log").columns(["entity_type", "entity_id"]).execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable("audit_log").execute();
}
