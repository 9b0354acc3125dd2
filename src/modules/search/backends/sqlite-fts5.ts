import { sql } from "kysely";
import type { Alternative } from "../query-compiler.js";
import { type SearchBackend, safeAlternatives } from "./search-backend.js";

/** Column weights for bm25, in the order of the FTS5 table: title, code, intro, body, parts. */
const WEIGHTS = [10, 10, 4, 1, 1] as const;

export const sqliteFts5Backend: SearchBackend = {
  kind: "sqlite",

  async match(db, must, not) {
    const expression = matchExpression(must, not);
    if (!expression) return new Map();
    const { rows } = await sql<{ id: number; score: number }>`
      select rowid as id, -bm25(search_fts, ${sql.join(WEIGHTS.map((w) => sql.lit(w)))}) as score
      from search_fts where search_fts match ${expression}`.execute(db);
    return new Map(rows.map((r) => [r.id, r.score]));
  },

  async writeDocument(db, id, terms) {
    await sql`delete from search_fts where rowid = ${id}`.execute(db);
    if (!terms) return;
    await sql`insert into search_fts (rowid, title, code, intro, body, parts)
      values (${id}, ${terms.titleTerms}, ${terms.codeTerms}, ${terms.introTerms}, ${terms.bodyTerms}, ${terms.partsTerms})`.execute(
      db,
    );
  },

  async rebuild(db) {
    await sql`insert into search_fts (search_fts) values ('delete-all')`.execute(db);
    await sql`insert into search_fts (rowid, title, code, intro, body, parts)
      select id, title_terms, code_terms, intro_terms, body_terms, parts_terms from search_documents where published = 1`.execute(
      db,
    );
    await sql`insert into search_fts (search_fts) values ('optimize')`.execute(db);
  },
};

/** An FTS5 query from safe tokens only: each token quoted, so no FTS5 syntax can come from a user. */
function matchExpression(must: Alternative[][], not: Alternative[][]): string | undefined {
  const clauses = must.map(safeAlternatives).filter((c) => c.length > 0);
  if (clauses.length === 0) return undefined;
  const positive = clauses.map(group).join(" AND ");
  const negative = not.map(safeAlternatives).filter((c) => c.length > 0);
  return negative.length ? `(${positive}) NOT (${negative.map(group).join(" OR ")})` : positive;
}

function group(alternatives: Alternative[]): string {
  return `(${alternatives.map(item).join(" OR ")})`;
}

function item(a: Alternative): string {
  if (a.kind === "term") return `"${a.token}"`;
  if (a.kind === "prefix") return `"${a.token}"*`;
  return `"${a.tokens.join(" ")}"`;
}
