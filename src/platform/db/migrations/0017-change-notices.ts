import type { MigrationDb } from "./helpers.js";

/**
 * A change record can be marked minor (an editor's typo fix): the public history still shows
 * it, but no alert goes out for it. Digests read change records by id from a cursor, and a
 * record's history by entity, so both get an index.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable("change_records")
    .addColumn("minor", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex("change_records_entity_idx")
    .ifNotExists()
    .on("change_records")
    .columns(["entity_type", "entity_id", "id"])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropIndex("change_records_entity_idx").ifExists().execute();
  await db.schema.alterTable("change_records").dropColumn("minor").execute();
}
