import { sql } from "kysely";
import { isPostgres, type MigrationDb, withId } from "./helpers.js";

const text = "text";

/**
 * The search index: one document per findable record, holding the tokens our own text
 * analysis made (so both databases index the same tokens) and the facet inputs. SQLite
 * indexes the tokens with FTS5, PostgreSQL with a weighted tsvector under a GIN index.
 */
export async function up(db: MigrationDb): Promise<void> {
  await withId(db, db.schema.createTable("search_documents"))
    .addColumn("entity_type", text, (c) => c.notNull())
    .addColumn("entity_id", "integer", (c) => c.notNull())
    .addColumn("language", text, (c) => c.notNull())
    .addColumn("slug", text, (c) => c.notNull())
    .addColumn("title", text, (c) => c.notNull())
    .addColumn("code", text)
    .addColumn("code_key", text)
    .addColumn("introduction", text)
    .addColumn("body", text)
    .addColumn("title_terms", text, (c) => c.notNull())
    .addColumn("code_terms", text, (c) => c.notNull())
    .addColumn("intro_terms", text, (c) => c.notNull())
    .addColumn("body_terms", text, (c) => c.notNull())
    .addColumn("parts_terms", text, (c) => c.notNull())
    .addColumn("programmes", text, (c) => c.notNull())
    .addColumn("programme_name", text)
    .addColumn("themes", text, (c) => c.notNull())
    .addColumn("beneficiary_types", text, (c) => c.notNull())
    .addColumn("partners_needed", text)
    .addColumn("project_type", text)
    .addColumn("opens_on", text)
    .addColumn("closes_at", text)
    .addColumn("is_rolling", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("deadlines", text, (c) => c.notNull().defaultTo("[]"))
    .addColumn("starts_at", text)
    .addColumn("sort_date", text, (c) => c.notNull())
    .addColumn("published", "integer", (c) => c.notNull())
    .addColumn("visible_from", text)
    .addColumn("seq", "integer", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("search_documents_entity")
    .on("search_documents")
    .columns(["entity_type", "entity_id"])
    .unique()
    .execute();
  await db.schema.createIndex("search_documents_code_key").on("search_documents").column("code_key").execute();
  await db.schema.createIndex("search_documents_seq").on("search_documents").column("seq").execute();

  await db.schema
    .createTable("search_terms")
    .addColumn("term", text, (c) => c.primaryKey())
    .addColumn("word", text, (c) => c.notNull())
    .addColumn("df", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("search_state")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("generation", "integer", (c) => c.notNull())
    .execute();
  await db.insertInto("search_state").values({ id: 1, generation: 0 }).execute();

  if (isPostgres(db)) {
    await sql`alter table search_documents add column tsv tsvector generated always as (
      setweight(to_tsvector('simple'::regconfig, title_terms || ' ' || code_terms), 'A') ||
      setweight(to_tsvector('simple'::regconfig, intro_terms), 'B') ||
      setweight(to_tsvector('simple'::regconfig, body_terms), 'C') ||
      setweight(to_tsvector('simple'::regconfig, parts_terms), 'D')) stored`.execute(db);
    await sql`create index search_documents_tsv on search_documents using gin (tsv)`.execute(db);
  } else {
    // Contentless: the tokens live in search_documents; FTS5 keeps only its inverted index.
    await sql`create virtual table search_fts using fts5(
      title, code, intro, body, parts,
      content='', contentless_delete=1, tokenize='unicode61', prefix='3')`.execute(db);
  }
}

export async function down(db: MigrationDb): Promise<void> {
  if (!isPostgres(db)) await sql`drop table search_fts`.execute(db);
  for (const table of ["search_state", "search_terms", "search_documents"]) await db.schema.dropTable(table).execute();
}
