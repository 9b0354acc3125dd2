import { type Kysely, sql } from "kysely";
import type { Database } from "../../../platform/db/schema.js";
import { NO_ROWS, type SearchBackend, safeTokens, type TokenOrPhrase } from "./search-backend.js";

export const postgresBackend: SearchBackend = {
  kind: "postgres",

  async postings(db, alternatives) {
    const query = tsquery(alternatives);
    if (!query) return NO_ROWS;
    return {
      all: await ids(db, "tsv", query),
      title: await ids(db, "title_tsv", query),
      intro: await ids(db, "intro_tsv", query),
    };
  },

  async documents(db, alternatives) {
    const query = tsquery(alternatives);
    return query ? ids(db, "tsv", query) : [];
  },

  // The tsvector is a generated column of search_documents: it follows every write by itself.
  async writeDocument() {},

  async rebuild(db) {
    await sql`analyze search_documents`.execute(db);
  },
};

/** Safe tokens only, so no tsquery operator can come from a user. */
function tsquery(alternatives: TokenOrPhrase[]): string | undefined {
  const phrases = safeTokens(alternatives);
  return phrases.length ? phrases.map((tokens) => `(${tokens.join(" <-> ")})`).join(" | ") : undefined;
}

/**
 * Each field group has its own vector under a GIN index: the index answers without reading the
 * vectors. The ids come as one JSON array, not as a row each.
 */
async function ids(db: Kysely<Database>, column: "tsv" | "title_tsv" | "intro_tsv", query: string): Promise<number[]> {
  const { rows } = await sql<{ ids: number[] | null }>`
    select json_agg(id) as ids from search_documents
    where published = 1 and ${sql.ref(column)} @@ to_tsquery('simple', ${query})`.execute(db);
  return rows[0]?.ids ?? [];
}
