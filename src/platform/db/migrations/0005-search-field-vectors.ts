import { sql } from "kysely";
import { isPostgres, type MigrationDb } from "./helpers.js";

/**
 * Search asks per word which documents have it in the title or code and which in the
 * introduction. On PostgreSQL a weight test (`tok:A`) needs the whole document vector of
 * every match; vectors of their own, each under a GIN index, answer from the index.
 * SQLite's FTS5 answers the same with column filters and needs nothing new.
 */
export async function up(db: MigrationDb): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`alter table search_documents
    add column title_tsv tsvector generated always as (to_tsvector('simple'::regconfig, title_terms || ' ' || code_terms)) stored,
    add column intro_tsv tsvector generated always as (to_tsvector('simple'::regconfig, intro_terms)) stored`.execute(db);
  await sql`create index search_documents_title_tsv on search_documents using gin (title_tsv)`.execute(db);
  await sql`create index search_documents_intro_tsv on search_documents using gin (intro_tsv)`.execute(db);
}

export async function down(db: MigrationDb): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`alter table search_documents drop column title_tsv, drop column intro_tsv`.execute(db);
}
