import type { Trx } from "../history/save-entity.js";
import { encodeFields, type ScoredFields } from "./scored-fields.js";
import type { SearchDocumentRow } from "./search-document.js";

const CHUNK = 1000;

/**
 * The numbers of tokens for the scorer's fields, as one indexing transaction reads or gives
 * them: a token's number is its search_terms row's, so every process reads the same fields
 * and names their tokens from the vocabulary it loads. A token new to the index gets the
 * next number and its row (at zero, counted later with the others). The transaction holds
 * the index generation's row (it moved it first), so no other writer numbers meanwhile; the
 * unique index on the numbers would refuse a number given twice.
 */
export class TermNumbers {
  readonly #numbers = new Map<string, number>();

  constructor(
    readonly trx: Trx,
    readonly seq: number,
  ) {}

  /** Numbers every given token (by token, a word it came from) that has none yet. */
  async add(words: ReadonlyMap<string, string>): Promise<void> {
    const unknown = [...words.keys()].filter((term) => !this.#numbers.has(term));
    for (let i = 0; i < unknown.length; i += CHUNK) {
      const rows = await this.trx
        .selectFrom("searchTerms")
        .select(["term", "number"])
        .where("term", "in", unknown.slice(i, i + CHUNK))
        .execute();
      for (const row of rows) this.#numbers.set(row.term, row.number);
    }
    const fresh = unknown.filter((term) => !this.#numbers.has(term));
    if (fresh.length === 0) return;
    const { last } = await this.trx
      .selectFrom("searchTerms")
      .select((eb) => eb.fn.max("number").as("last"))
      .executeTakeFirstOrThrow();
    let next = last === null ? 0 : Number(last) + 1;
    const rows = fresh.map((term) => ({ term, word: words.get(term) as string, df: 0, seq: this.seq, number: next++ }));
    for (let i = 0; i < rows.length; i += CHUNK / 2) {
      await this.trx
        .insertInto("searchTerms")
        .values(rows.slice(i, i + CHUNK / 2))
        .execute();
    }
    for (const row of rows) this.#numbers.set(row.term, row.number);
  }

  /** The number of a token added before. */
  of(term: string): number {
    const number = this.#numbers.get(term);
    if (number === undefined) throw new Error(`the token "${term}" has no number`);
    return number;
  }

  /** A document's scorer's fields, its tokens numbered before; a document not published has none. */
  fieldsOf(row: SearchDocumentRow): ScoredFields | null {
    if (row.published !== 1) return null;
    const texts = {
      title: row.titleTerms,
      code: row.codeTerms,
      intro: row.introTerms,
      body: row.bodyTerms,
      parts: row.partsTerms,
    };
    return encodeFields(texts, (term) => this.of(term));
  }
}
