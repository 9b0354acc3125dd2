import { sql } from "kysely";
import { encodeFields } from "../../../modules/search/scored-fields.js";
import { isPostgres, type MigrationDb } from "./helpers.js";

const BLOCK = 500;

/**
 * The scorer reads each published document's tokens as numbers stored by the indexer instead
 * of splitting its term texts and numbering every token per process and per read: a token's
 * number is its search_terms row's (unique, kept for as long as the row), and
 * search_documents.scored_fields holds a document's fields in those numbers. An existing
 * index is numbered here, the most frequent tokens first (they take the fewest bytes), and
 * its published documents' fields are filled, in the format the scorer reads today.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable("search_terms").addColumn("number", "integer").execute();
  await sql`update search_terms set number = ranked.number
    from (select term, row_number() over (order by df desc, term) - 1 as number from search_terms) as ranked
    where ranked.term = search_terms.term`.execute(db);
  await db.schema.createIndex("search_terms_number").on("search_terms").column("number").unique().execute();
  await db.schema
    .alterTable("search_documents")
    .addColumn("scored_fields", isPostgres(db) ? "bytea" : "blob")
    .execute();
  // PostgreSQL runs a migration in a transaction; on SQLite one around the fill saves a commit per document.
  if (db.isTransaction) await fillScoredFields(db);
  else await db.transaction().execute(fillScoredFields);
}

async function fillScoredFields(db: MigrationDb): Promise<void> {
  const terms: { term: string; number: number }[] = await db.selectFrom("search_terms").select(["term", "number"]).execute();
  const numbers = new Map(terms.map((t) => [t.term, t.number]));
  let next = terms.length;
  const numberOf = (term: string) => {
    // A published document's tokens all have rows; one without would still get a number of its own.
    let number = numbers.get(term);
    if (number === undefined) {
      number = next++;
      numbers.set(term, number);
    }
    return number;
  };
  for (let from = 0; ; ) {
    const rows = await db
      .selectFrom("search_documents")
      // Named as the application's connection (its CamelCasePlugin) gives the columns back.
      .select(["id", "titleTerms", "codeTerms", "introTerms", "bodyTerms", "partsTerms"])
      .where("published", "=", 1)
      .where("id", ">=", from)
      .orderBy("id")
      .limit(BLOCK)
      .execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      const fields = encodeFields(
        { title: row.titleTerms, code: row.codeTerms, intro: row.introTerms, body: row.bodyTerms, parts: row.partsTerms },
        numberOf,
      );
      await db.updateTable("search_documents").set({ scoredFields: fields }).where("id", "=", row.id).execute();
    }
    from = (rows.at(-1)?.id as number) + 1;
  }
  const missing = [...numbers].slice(terms.length).map(([term, number]) => ({ term, word: term, df: 0, seq: 0, number }));
  for (let i = 0; i < missing.length; i += BLOCK)
    await db
      .insertInto("search_terms")
      .values(missing.slice(i, i + BLOCK))
      .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.alterTable("search_documents").dropColumn("scored_fields").execute();
  await db.schema.dropIndex("search_terms_number").execute();
  await db.schema.alterTable("search_terms").dropColumn("number").execute();
}
