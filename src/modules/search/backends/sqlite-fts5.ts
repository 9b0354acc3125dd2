import { sql } from "kysely";
import { NO_ROWS, type SearchBackend, safeTokens } from "./search-backend.js";

export const sqliteFts5Backend: SearchBackend = {
  kind: "sqlite",

  async postings(db, alternatives) {
    const phrases = safeTokens(alternatives);
    if (phrases.length === 0) return NO_ROWS;
    // Each token quoted, each alternative a phrase: no FTS5 syntax can come from a user.
    const phrase = `(${phrases.map((tokens) => `"${tokens.join(" ")}"`).join(" OR ")})`;
    const ids = async (expression: string) => {
      const { rows } = await sql<{ id: number }>`select rowid as id from search_fts where search_fts match ${expression}`.execute(
        db,
      );
      return rows.map((r) => r.id);
    };
    return { all: await ids(phrase), title: await ids(`{title code} : ${phrase}`), intro: await ids(`{intro} : ${phrase}`) };
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
