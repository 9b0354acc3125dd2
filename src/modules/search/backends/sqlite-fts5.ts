import { type Kysely, sql } from "kysely";
import type { Database } from "../../../platform/db/schema.js";
import { NO_ROWS, type SearchBackend, safeTokens, type TokenOrPhrase } from "./search-backend.js";

export const sqliteFts5Backend: SearchBackend = {
  kind: "sqlite",

  async postings(db, alternatives) {
    const phrase = matchExpression(alternatives);
    if (!phrase) return NO_ROWS;
    return {
      all: await rowids(db, phrase),
      title: await rowids(db, `{title code} : ${phrase}`),
      intro: await rowids(db, `{intro} : ${phrase}`),
    };
  },

  async documents(db, alternatives) {
    const phrase = matchExpression(alternatives);
    return phrase ? rowids(db, phrase) : [];
  },

  async writeDocuments(db, documents) {
    if (documents.length === 0) return;
    // An FTS5 table deletes by rowid one row at a time anyway; "in" saves the statements.
    await sql`delete from search_fts where rowid in (${sql.join(documents.map((d) => d.id))})`.execute(db);
    const rows = documents.flatMap(({ id, terms }) =>
      terms
        ? [sql`(${id}, ${terms.titleTerms}, ${terms.codeTerms}, ${terms.introTerms}, ${terms.bodyTerms}, ${terms.partsTerms})`]
        : [],
    );
    if (rows.length)
      await sql`insert into search_fts (rowid, title, code, intro, body, parts) values ${sql.join(rows)}`.execute(db);
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

/** Each token quoted, each alternative a phrase, all of them OR-ed: no FTS5 syntax can come from a user. */
function matchExpression(alternatives: TokenOrPhrase[]): string | undefined {
  const phrases = safeTokens(alternatives);
  return phrases.length ? `(${phrases.map((tokens) => `"${tokens.join(" ")}"`).join(" OR ")})` : undefined;
}

/**
 * The rowids as one JSON array: tens of thousands of rows as objects cost five times what
 * FTS5 takes to find them, one string parses at once.
 */
async function rowids(db: Kysely<Database>, expression: string): Promise<number[]> {
  const { rows } = await sql<{ ids: string }>`
    select json_group_array(rowid) as ids from search_fts where search_fts match ${expression}`.execute(db);
  return JSON.parse(rows[0]?.ids ?? "[]");
}
