import { sql } from "kysely";
import { isPostgres, type MigrationDb } from "./helpers.js";

/**
 * On PostgreSQL the vectors move out of search_documents into a narrow table of their own,
 * holding the findable documents only. Listing a word's documents visits a row per match
 * for its id: among the texts of search_documents those rows spread over hundreds of
 * megabytes, and a word in half the catalogue made the planner read every vector instead
 * (2.2 s at 100 000 calls). Here the vectors are stored out of line (toast_tuple_target), so
 * the rows are ids and pointers, 9 MB at 100 000 calls, and the same word takes 30 ms. The
 * backend writes them in the transaction of the write, as it writes FTS5 on SQLite.
 */
const VECTOR = sql`setweight(to_tsvector('simple'::regconfig, title_terms || ' ' || code_terms), 'A') ||
  setweight(to_tsvector('simple'::regconfig, intro_terms), 'B') ||
  setweight(to_tsvector('simple'::regconfig, body_terms), 'C') ||
  setweight(to_tsvector('simple'::regconfig, parts_terms), 'D')`;

export async function up(db: MigrationDb): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`create table search_vectors (
    id integer primary key references search_documents (id) on delete cascade,
    tsv tsvector not null,
    title_tsv tsvector not null,
    intro_tsv tsvector not null) with (toast_tuple_target = 128)`.execute(db);
  await sql`insert into search_vectors (id, tsv, title_tsv, intro_tsv)
    select id, tsv, title_tsv, intro_tsv from search_documents where published = 1`.execute(db);
  for (const column of ["tsv", "title_tsv", "intro_tsv"]) {
    await sql`create index ${sql.id(`search_vectors_${column}`)} on search_vectors using gin (${sql.ref(column)})`.execute(db);
  }
  await sql`alter table search_documents drop column tsv, drop column title_tsv, drop column intro_tsv`.execute(db);
  await sql`analyze search_vectors`.execute(db);
}

export async function down(db: MigrationDb): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`drop table search_vectors`.execute(db);
  await sql`alter table search_documents
    add column tsv tsvector generated always as (${VECTOR}) stored,
    add column title_tsv tsvector generated always as (to_tsvector('simple'::regconfig, title_terms || ' ' || code_terms)) stored,
    add column intro_tsv tsvector generated always as (to_tsvector('simple'::regconfig, intro_terms)) stored`.execute(db);
  for (const column of ["tsv", "title_tsv", "intro_tsv"]) {
    await sql`create index ${sql.id(`search_documents_${column}`)} on search_documents using gin (${sql.ref(column)})`.execute(
      db,
    );
  }
}
