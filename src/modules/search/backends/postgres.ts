import { sql } from "kysely";
import { NO_ROWS, type SearchBackend, safeTokens } from "./search-backend.js";

export const postgresBackend: SearchBackend = {
  kind: "postgres",

  async postings(db, alternatives) {
    const phrases = safeTokens(alternatives);
    if (phrases.length === 0) return NO_ROWS;
    // Safe tokens only, so no tsquery operator can come from a user. Weight A is the title and code, B the introduction.
    const weighted = (weight: string) =>
      phrases.map((tokens) => `(${tokens.map((t) => `${t}${weight}`).join(" <-> ")})`).join(" | ");
    const { rows } = await sql<{ id: number; title: boolean; intro: boolean }>`
      select id, tsv @@ to_tsquery('simple', ${weighted(":A")}) as title, tsv @@ to_tsquery('simple', ${weighted(":B")}) as intro
      from search_documents
      where published = 1 and tsv @@ to_tsquery('simple', ${weighted("")})`.execute(db);
    return {
      all: rows.map((r) => r.id),
      title: rows.filter((r) => r.title).map((r) => r.id),
      intro: rows.filter((r) => r.intro).map((r) => r.id),
    };
  },

  // The tsvector is a generated column of search_documents: it follows every write by itself.
  async writeDocument() {},

  async rebuild(db) {
    await sql`analyze search_documents`.execute(db);
  },
};
