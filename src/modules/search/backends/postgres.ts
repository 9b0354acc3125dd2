import { sql } from "kysely";
import type { Alternative } from "../query-compiler.js";
import { type SearchBackend, safeAlternatives } from "./search-backend.js";

/** ts_rank weights for D (compound parts), C (body), B (introduction), A (title and code). */
const WEIGHTS = "{0.1,0.1,0.4,1.0}";

export const postgresBackend: SearchBackend = {
  kind: "postgres",

  async match(db, must, not) {
    const query = tsquery(must, not);
    if (!query) return new Map();
    const { rows } = await sql<{ id: number; score: number }>`
      select id, ts_rank(${WEIGHTS}::float4[], tsv, q) as score
      from search_documents, to_tsquery('simple', ${query}) as q
      where published = 1 and tsv @@ q`.execute(db);
    return new Map(rows.map((r) => [r.id, r.score]));
  },

  // The tsvector is a generated column of search_documents: it follows every write by itself.
  async writeDocument() {},

  async rebuild(db) {
    await sql`analyze search_documents`.execute(db);
  },
};

/** A tsquery from safe tokens only, so no tsquery operator can come from a user. */
function tsquery(must: Alternative[][], not: Alternative[][]): string | undefined {
  const clauses = must.map(safeAlternatives).filter((c) => c.length > 0);
  if (clauses.length === 0) return undefined;
  const negative = not.map(safeAlternatives).filter((c) => c.length > 0);
  return [...clauses.map(group), ...negative.map((c) => `!${group(c)}`)].join(" & ");
}

function group(alternatives: Alternative[]): string {
  return `(${alternatives.map(item).join(" | ")})`;
}

function item(a: Alternative): string {
  if (a.kind === "term") return a.token;
  if (a.kind === "prefix") return `${a.token}:*`;
  return `(${a.tokens.join(" <-> ")})`;
}
