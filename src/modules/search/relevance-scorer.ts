import type { Alternative } from "./query-compiler.js";
import { FIELD_NAMES, type FieldName, type FieldsReader, needleOf, occurrences } from "./scored-fields.js";
import type { Vocabulary } from "./vocabulary.js";

/**
 * BM25F over our own tokens, computed the same way whichever database found the
 * documents: the backends select candidates, this orders them, so SQLite and PostgreSQL
 * agree. Title and code weigh more than the introduction, which weighs more than the body.
 */

/** Which of a posting's sets tells whether a field can hold a word. */
export type FieldGroup = "title" | "intro" | "all";

const FIELDS: Record<FieldName, { weight: number; averageLength: number; group: FieldGroup }> = {
  title: { weight: 10, averageLength: 8, group: "title" },
  code: { weight: 10, averageLength: 3, group: "title" },
  intro: { weight: 4, averageLength: 40, group: "intro" },
  body: { weight: 1, averageLength: 200, group: "all" },
  parts: { weight: 1, averageLength: 40, group: "all" },
};

/** Whether alternative a of clause c can occur in a field group of the document (false: no need to look). */
export type MayOccur = (c: number, a: number, group: FieldGroup) => boolean;
const K1 = 1.2;
const B = 0.5;

/** The score of one document's fields; made once per search, so the query is looked up once. */
export type Relevance = (fields: FieldsReader, mayOccur?: MayOccur) => number;

export function relevanceOf(must: Alternative[][], vocabulary: Vocabulary): Relevance {
  const clauses = must.map((clause) => ({
    alternatives: clause.map((alternative) => ({ boost: alternative.boost, needle: needleOf(alternative, vocabulary) })),
    idf: idf(clause, vocabulary),
  }));
  return (fields, mayOccur = () => true) => {
    let score = 0;
    clauses.forEach(({ alternatives, idf }, c) => {
      let tf = 0;
      for (let f = 0; f < FIELD_NAMES.length; f++) {
        const length = fields.length(f);
        if (length === 0) continue;
        const { weight, averageLength, group } = FIELDS[FIELD_NAMES[f] as FieldName];
        const norm = 1 - B + (B * length) / averageLength;
        alternatives.forEach(({ boost, needle }, a) => {
          if (mayOccur(c, a, group)) tf += (weight * boost * occurrences(fields, f, needle, vocabulary)) / norm;
        });
      }
      score += (idf * tf * (K1 + 1)) / (tf + K1);
    });
    return score;
  };
}

/** The rarest alternative decides how telling a clause is. */
function idf(clause: Alternative[], vocabulary: Vocabulary): number {
  const n = vocabulary.documents;
  let best = 0;
  for (const a of clause) {
    const df =
      a.kind === "term"
        ? vocabulary.df(a.token)
        : a.kind === "phrase" || a.kind === "near"
          ? Math.min(...a.tokens.map((t) => vocabulary.df(t)))
          : n / 10;
    if (df === 0) continue;
    best = Math.max(best, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }
  return best;
}
