import type { MigrationDb } from "./helpers.js";

/**
 * What a running process needs to follow the index's writes without reading it whole: the
 * generation at which each vocabulary row last changed (a token no published document has any
 * more stays, at zero, so that every process learns it is gone), and the generation of the
 * last full rebuild, after which a process loads its snapshot afresh.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable("search_terms")
    .addColumn("seq", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex("search_terms_seq").on("search_terms").column("seq").execute();
  await db.schema
    .alterTable("search_state")
    .addColumn("rebuilt", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropIndex("search_terms_seq").execute();
  await db.schema.alterTable("search_terms").dropColumn("seq").execute();
  await db.schema.alterTable("search_state").dropColumn("rebuilt").execute();
}
