import { sql } from "kysely";
import { isPostgres, type MigrationDb } from "./helpers.js";

/**
 * Search now expands a half-typed word into its most frequent completions from the
 * vocabulary, so FTS5's own prefix index is no longer read: the table is made again
 * without it (a smaller index, a faster build) and filled from the search documents.
 */
export async function up(db: MigrationDb): Promise<void> {
  if (isPostgres(db)) return;
  await recreate(db, "");
}

export async function down(db: MigrationDb): Promise<void> {
  if (isPostgres(db)) return;
  await recreate(db, ", prefix='3'");
}

async function recreate(db: MigrationDb, options: string): Promise<void> {
  await sql`drop table search_fts`.execute(db);
  await sql`create virtual table search_fts using fts5(
    title, code, intro, body, parts,
    content='', contentless_delete=1, tokenize='unicode61'${sql.raw(options)})`.execute(db);
  await sql`insert into search_fts (rowid, title, code, intro, body, parts)
    select id, title_terms, code_terms, intro_terms, body_terms, parts_terms from search_documents where published = 1`.execute(
    db,
  );
}
