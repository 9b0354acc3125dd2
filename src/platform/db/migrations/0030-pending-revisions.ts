import type { MigrationDb } from "./helpers.js";

/**
 * A draft saved beside a published record waits here until it is published: it is not a
 * version yet (revisions are unique per record and version), so it has a table of its own,
 * one row per record. `base_version` is the live version it was written against; `seq`
 * counts draft saves, so two editors saving drafts of one record conflict too.
 * `publish_at` set: the worker publishes it at that moment.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("pending_revisions")
    .addColumn("entity_type", "text", (c) => c.notNull())
    .addColumn("entity_id", "integer", (c) => c.notNull())
    .addColumn("base_version", "integer", (c) => c.notNull())
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("snapshot", "text", (c) => c.notNull())
    .addColumn("minor", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("publish_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("pending_revisions_pk", ["entity_type", "entity_id"])
    .execute();
  await db.schema.createIndex("pending_revisions_due").on("pending_revisions").column("publish_at").execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable("pending_revisions").execute();
}
