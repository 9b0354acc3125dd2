import { sql } from "kysely";
import { NO_ROWS, type SearchBackend, safeTokens, type TokenOrPhrase } from "./search-backend.js";

export const postgresBackend: SearchBackend = {
  kind: "postgres",

  async postings(db, alternatives) {
    const query = tsquery(alternatives);
    if (!query) return NO_ROWS;
    // The three lists in one round trip: each is a scan of its own index, as three queries were.
    const { rows } = await sql<{ anywhere: number[] | null; title: number[] | null; intro: number[] | null }>`select
      (${idsMatching("tsv", query)}) as anywhere,
      (${idsMatching("title_tsv", query)}) as title,
      (${idsMatching("intro_tsv", query)}) as intro`.execute(db);
    const row = rows[0];
    return { all: row?.anywhere ?? [], title: row?.title ?? [], intro: row?.intro ?? [] };
  },

  async documents(db, alternatives) {
    const matches = safeTokens(alternatives).map(containing);
    if (matches.length === 0) return [];
    const { rows } = await sql<{ ids: number[] | null }>`select json_agg(id) as ids from search_vectors
      where ${sql.join(matches, sql` or `)}`.execute(db);
    return rows[0]?.ids ?? [];
  },

  async writeDocuments(db, documents) {
    if (documents.length === 0) return;
    await sql`delete from search_vectors where id in (${sql.join(documents.map((d) => d.id))})`.execute(db);
    const findable = documents.flatMap((d) => (d.terms ? [d.id] : []));
    if (findable.length) {
      await sql`insert into search_vectors (id, tsv, title_tsv, intro_tsv) ${vectors} where id in (${sql.join(findable)})`.execute(
        db,
      );
    }
  },

  async rebuild(db) {
    await sql`delete from search_vectors`.execute(db);
    await sql`insert into search_vectors (id, tsv, title_tsv, intro_tsv) ${vectors} where published = 1`.execute(db);
    await sql`analyze search_vectors`.execute(db);
  },
};

/**
 * A document's vectors, made from its tokens as search_documents holds them (the indexer writes
 * that row first): everything, with the field groups as weights, and the title with the code
 * and the introduction on their own, each under a GIN index of its own.
 */
const vectors = sql`select id,
    setweight(to_tsvector('simple'::regconfig, title_terms || ' ' || code_terms), 'A') ||
    setweight(to_tsvector('simple'::regconfig, intro_terms), 'B') ||
    setweight(to_tsvector('simple'::regconfig, body_terms), 'C') ||
    setweight(to_tsvector('simple'::regconfig, parts_terms), 'D'),
    to_tsvector('simple'::regconfig, title_terms || ' ' || code_terms),
    to_tsvector('simple'::regconfig, intro_terms)
  from search_documents`;

/** Safe tokens only, so no tsquery operator can come from a user. */
function tsquery(alternatives: TokenOrPhrase[]): string | undefined {
  const phrases = safeTokens(alternatives);
  return phrases.length ? phrases.map((tokens) => `(${tokens.join(" <-> ")})`).join(" | ") : undefined;
}

/**
 * Where a token or phrase is, as a condition on search_vectors. A phrase of plain lexemes is
 * looked up by its neighbouring pairs (pairs_tsv, migration 0065): two words are one pair, found
 * without reading a vector; a longer phrase has its positions checked on tsv only in the
 * documents with all its pairs. Other phrases (none today) keep the positional check alone.
 */
function containing(tokens: string[]) {
  const anywhere = sql`tsv @@ to_tsquery('simple', ${tokens.join(" <-> ")})`;
  if (tokens.length < 2 || !tokens.every((token) => PLAIN_LEXEME.test(token))) return anywhere;
  const pairs = tokens.slice(1).map((token, i) => `'${tokens[i]} ${token}'`);
  const withPairs = sql`pairs_tsv @@ ${pairs.join(" & ")}::tsquery`;
  if (tokens.length === 2) return withPairs;
  // The operator's function, which no index serves: with tsv's index as well, every candidate's pairs were read again too.
  return sql`(${withPairs} and ts_match_vq(tsv, to_tsquery('simple', ${tokens.join(" <-> ")})))`;
}

/**
 * The parser keeps letters and digits as one lexeme, as it is, so the pair of two tokens is
 * the lexeme of pairs_tsv; two of at most this length fit in one (2 047 bytes at most).
 */
const PLAIN_LEXEME = /^[a-z0-9]{1,1000}$/;

type VectorColumn = "tsv" | "title_tsv" | "intro_tsv";

/**
 * The index answers which documents have a token; the narrow table gives their ids without
 * reading the vectors (but for phrases, whose positions are checked). The ids come as one
 * JSON array, not as a row each.
 */
function idsMatching(column: VectorColumn, query: string) {
  return sql`select json_agg(id) from search_vectors where ${sql.ref(column)} @@ to_tsquery('simple', ${query})`;
}
