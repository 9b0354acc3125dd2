import type { MigrationDb } from "./helpers.js";

/**
 * The raw programme labels importers meet ("DIGITAL", "RELEX-PROSPECT") and, once an editor
 * picked one, the programme each stands for. A sighting is kept per label, so the back office
 * can list the labels no one mapped yet with how many calls named them.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("programme_label_mappings")
    .addColumn("label", "text", (c) => c.primaryKey())
    .addColumn("programme_id", "integer", (c) => c.notNull().references("programmes.id").onDelete("cascade"))
    .addColumn("mapped_by", "text", (c) => c.notNull())
    .addColumn("mapped_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("programme_label_sightings")
    .addColumn("label", "text", (c) => c.primaryKey())
    .addColumn("seen_by", "text", (c) => c.notNull())
    .addColumn("proposed_slug", "text", (c) => c.notNull())
    .addColumn("calls", "integer", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable("programme_label_sightings").execute();
  await db.schema.dropTable("programme_label_mappings").execute();
}
