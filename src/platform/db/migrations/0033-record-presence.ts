import type { MigrationDb } from "./helpers.js";

/** Who has a record open in the back office, renewed while the page stays open. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("record_presence")
    .addColumn("entity_type", "text", (c) => c.notNull())
    .addColumn("entity_id", "integer", (c) => c.notNull())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("seen_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("record_presence_pk", ["entity_type", "entity_id", "user_id"])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable("record_presence").execute();
}
