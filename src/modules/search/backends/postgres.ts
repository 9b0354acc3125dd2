import { type Kysely, sql } from "kysely";
import type { Database } from "../../../platform/db/schema.js";
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
    const query = tsquery(alternatives);
    return query ? ids(db, "tsv", query) : [];
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
 * The index answers which documents have a token; the narrow table gives their ids without
 * reading the vectors (but for phrases, whose positions are checked). The ids come as one
 * JSON array, not as a row each.
 */
async function ids(db: Kysely<Database>, column: VectorColumn, query: string): Promise<number[]> {
  const { rows } = await sql<{ ids: number[] | null }>`select (${idsMatching(column, query)}) as ids`.execute(db);
  return rows[0]?.ids ?? [];
}

type VectorColumn = "tsv" | "title_tsv" | "intro_tsv";

function idsMatching(column: VectorColumn, query: string) {
  return sql`select json_agg(id) from search_vectors where ${sql.ref(column)} @@ to_tsquery('simple', ${query})`;
}
