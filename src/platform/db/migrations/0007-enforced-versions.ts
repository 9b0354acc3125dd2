import { sql } from "kysely";
import { isPostgres, type MigrationDb } from "./helpers.js";

const VERSIONED: Record<string, string> = {
  call: "calls",
  programme: "programmes",
  event: "events",
  article: "articles",
  theme: "themes",
  beneficiary_type: "beneficiary_types",
};

/**
 * Versions become the database's to enforce: a revision is unique per record and version,
 * and taxonomies get a version column of their own so every save can compare and set it.
 */
export async function up(db: MigrationDb): Promise<void> {
  for (const table of ["themes", "beneficiary_types"]) {
    await db.schema
      .alterTable(table)
      .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
      .execute();
  }
  // Two PostgreSQL saves racing for one version could both write it; number such records'
  // revisions again in the order they were written, so the unique index below can exist.
  if (isPostgres(db)) {
    await sql`
      update revisions set version = renumbered.n
      from (
        select id, row_number() over (partition by entity_type, entity_id order by version, id) as n
        from revisions
        where (entity_type, entity_id) in (
          select entity_type, entity_id from revisions group by entity_type, entity_id, version having count(*) > 1
        )
      ) renumbered
      where renumbered.id = revisions.id and revisions.version <> renumbered.n`.execute(db);
  }
  // A record's version is the number of its latest revision.
  for (const [entityType, table] of Object.entries(VERSIONED)) {
    await sql`
      update ${sql.table(table)} set version = (
        select max(r.version) from revisions r where r.entity_type = ${entityType} and r.entity_id = ${sql.table(table)}.id
      )
      where exists (
        select 1 from revisions r where r.entity_type = ${entityType} and r.entity_id = ${sql.table(table)}.id
      )`.execute(db);
  }
  await db.schema.dropIndex("revisions_entity").execute();
  await db.schema
    .createIndex("revisions_entity_version")
    .unique()
    .on("revisions")
    .columns(["entity_type", "entity_id", "version"])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropIndex("revisions_entity_version").execute();
  await db.schema.createIndex("revisions_entity").on("revisions").columns(["entity_type", "entity_id", "version"]).execute();
  for (const table of ["themes", "beneficiary_types"]) await db.schema.alterTable(table).dropColumn("version").execute();
}
