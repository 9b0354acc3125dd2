import type { MigrationDb } from "./helpers.js";

/**
 * An address a record no longer has (its slug changed, or it was merged into another) and
 * the record that answers it now. One row per entity type and old slug; the target's
 * current slug is read at request time, so a chain of renames needs no rewriting.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("slug_redirects")
    .addColumn("entity_type", "text", (c) => c.notNull())
    .addColumn("old_slug", "text", (c) => c.notNull())
    .addColumn("target_id", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("slug_redirects_pk", ["entity_type", "old_slug"])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable("slug_redirects").execute();
}
