import { sql } from "kysely";
import { isPostgres, type MigrationDb } from "./helpers.js";

/**
 * On PostgreSQL a phrase was found by GIN as the documents with all its words, each of which
 * then had its whole vector read from out of line and checked for the words' positions:
 * `horizon <-> 2024` read 1 958 vectors for 804 matches, two common words tens of thousands.
 * pairs_tsv holds, as one lexeme "a b", every two lexemes at neighbouring positions of tsv,
 * computed from tsv itself, so that a pair is there exactly when `tsv @@ a <-> b` holds: a
 * two-word phrase is one lookup in its index, and a longer one is checked only on the few
 * documents with all its pairs. A generated column, so every write of tsv writes it.
 */
export async function up(db: MigrationDb): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`create function search_pairs(vector tsvector) returns tsvector
    language sql immutable strict parallel safe
    as $$ select array_to_tsvector(array(
      select distinct first.lexeme || ' ' || second.lexeme
      from (select lexeme, unnest(positions) as position from unnest(vector)) as first
      join (select lexeme, unnest(positions) as position from unnest(vector)) as second
        on second.position = first.position + 1)) $$`.execute(db);
  await sql`alter table search_vectors
    add column pairs_tsv tsvector not null generated always as (search_pairs(tsv)) stored`.execute(db);
  await sql`create index search_vectors_pairs_tsv on search_vectors using gin (pairs_tsv)`.execute(db);
  await sql`analyze search_vectors`.execute(db);
}

export async function down(db: MigrationDb): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`alter table search_vectors drop column pairs_tsv`.execute(db);
  await sql`drop function search_pairs(tsvector)`.execute(db);
}
