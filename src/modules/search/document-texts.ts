import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import { type CallFactsSource, readCallFactsSources } from "../calls/call-reader.js";
import { DocumentCache } from "./document-cache.js";
import { readableText } from "./readable-text.js";
import { NO_FIELDS, type ScoredFields } from "./scored-fields.js";

/**
 * What a search reads of the documents it shows, kept per process so a page of results costs
 * the database nothing once they are known: the scorer's fields of the best fifty (a few bytes
 * a token, as the indexer stored them), the cards' texts of the twenty shown, cleaned for
 * quoting once, and what the cards' decision facts of calls are made of.
 */
export interface DocumentTexts {
  budgetBytes: number;
  /** By document id. */
  scored: DocumentCache<ScoredFields>;
  /** By document id. */
  cards: DocumentCache<CardTexts>;
  /** By call id. */
  facts: DocumentCache<CallFactsSource>;
}

/** What a result card shows of a document besides the snapshot's facts. */
export interface CardTexts {
  slug: string;
  title: string;
  code: string | null;
  /** Readable, as snippets quote it. */
  introduction: string | null;
  /** Readable, as snippets quote it; null when the document has no body at all. */
  body: string | null;
  programmeName: string | null;
}

/**
 * How the memory for texts is shared: fifty documents are scored for twenty shown, but a
 * card's texts are several times the size of the scorer's tokens, and its facts small.
 */
const SHARES = { scored: 0.5, cards: 0.4, facts: 0.1 };

export function emptyDocumentTexts(budgetBytes: number): DocumentTexts {
  return {
    budgetBytes,
    scored: new DocumentCache(budgetBytes * SHARES.scored, (fields) => fields.byteLength + ENTRY_BYTES),
    cards: new DocumentCache(budgetBytes * SHARES.cards, cardBytes),
    facts: new DocumentCache(budgetBytes * SHARES.facts, factsBytes),
  };
}

/** About what an entry costs besides its contents: the map's slot, the object and its array. */
const ENTRY_BYTES = 96;

function cardBytes(card: CardTexts): number {
  let characters = 0;
  for (const text of [card.slug, card.title, card.code, card.introduction, card.body, card.programmeName])
    characters += text?.length ?? 0;
  return characters + ENTRY_BYTES * 2;
}

/** About what the parts of a call's facts cost: a row of numbers and short texts, a few small objects per part. */
function factsBytes({ parts }: CallFactsSource): number {
  return 512 + 160 * (parts.deadlines.length + parts.shares.length + parts.beneficiaryTypes.length);
}

/** What changed from one generation to the next. */
export interface Changes {
  documents: readonly number[];
  calls: readonly number[];
  /** Names or order of the beneficiary types, which calls show on their cards though no document changes. */
  beneficiaryTypes: boolean;
}

/** The texts at the next generation: what was written since is read again when next shown. */
export function advanceDocumentTexts(texts: DocumentTexts, changes: Changes): DocumentTexts {
  texts.scored.advance(changes.documents);
  texts.cards.advance(changes.documents);
  if (changes.beneficiaryTypes) texts.facts.clear();
  else texts.facts.advance(changes.calls);
  return texts;
}

/** The scorer's fields of documents, by id. */
export function scoredFields(
  db: Kysely<Database>,
  texts: DocumentTexts,
  ids: readonly number[],
): Promise<Map<number, ScoredFields>> {
  return texts.scored.getMany(ids, async (missing) => {
    const rows = await db.selectFrom("searchDocuments").select(["id", "scoredFields"]).where("id", "in", missing).execute();
    // A document unpublished since the search's snapshot has none: it scores nothing, and a write publishing it drops what is kept.
    return new Map(rows.map((row) => [row.id, row.scoredFields ?? NO_FIELDS]));
  });
}

/** The cards' texts of documents, by id. */
export function cardTexts(db: Kysely<Database>, texts: DocumentTexts, ids: readonly number[]): Promise<Map<number, CardTexts>> {
  return texts.cards.getMany(ids, async (missing) => {
    const rows = await db
      .selectFrom("searchDocuments")
      .select(["id", "slug", "title", "code", "introduction", "body", "programmeName"])
      .where("id", "in", missing)
      .execute();
    return new Map(
      rows.map((row) => [
        row.id,
        {
          slug: row.slug,
          title: row.title,
          code: row.code,
          introduction: readableText(row.introduction),
          body: row.body ? readableText(row.body) : null,
          programmeName: row.programmeName,
        },
      ]),
    );
  });
}

/** What the decision facts of calls are made of, by call id (a call not visible now has none). */
export function callFactsSources(
  db: Kysely<Database>,
  texts: DocumentTexts,
  ids: readonly number[],
  now: Date,
): Promise<Map<number, CallFactsSource>> {
  return texts.facts.getMany(ids, (missing) => readCallFactsSources(db, missing, now));
}
