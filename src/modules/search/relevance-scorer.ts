import type { Alternative } from "./query-compiler.js";
import type { Vocabulary } from "./vocabulary.js";

/**
 * BM25F over our own tokens, computed the same way whichever database found the
 * documents: the backends select candidates, this orders them, so SQLite and PostgreSQL
 * agree. Title and code weigh more than the introduction, which weighs more than the body.
 */
/** A document's index tokens per field, each field its tokens joined by single spaces, as stored. */
export interface FieldTerms {
  title: string;
  code: string;
  intro: string;
  body: string;
  parts: string;
}

const FIELDS: Record<keyof FieldTerms, { weight: number; averageLength: number }> = {
  title: { weight: 10, averageLength: 8 },
  code: { weight: 10, averageLength: 3 },
  intro: { weight: 4, averageLength: 40 },
  body: { weight: 1, averageLength: 200 },
  parts: { weight: 1, averageLength: 40 },
};
const K1 = 1.2;
const B = 0.5;

export function relevance(must: Alternative[][], fields: FieldTerms, vocabulary: Vocabulary): number {
  // Padded with spaces, so every token is found as " token " and every phrase as " a b ".
  const counted = Object.entries(FIELDS).map(([name, field]) => {
    const text = fields[name as keyof FieldTerms];
    return { ...field, padded: ` ${text} `, length: tokenCount(text) };
  });
  let score = 0;
  for (const clause of must) {
    let tf = 0;
    for (const { weight, averageLength, padded, length } of counted) {
      if (length === 0) continue;
      const norm = 1 - B + (B * length) / averageLength;
      for (const alternative of clause) tf += (weight * alternative.boost * occurrences(padded, alternative)) / norm;
    }
    score += (idf(clause, vocabulary) * tf * (K1 + 1)) / (tf + K1);
  }
  return score;
}

function tokenCount(text: string): number {
  if (!text) return 0;
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

/** Occurrences of a token, of tokens starting with a prefix, or of a phrase, without splitting the text. */
function occurrences(padded: string, a: Alternative): number {
  const needle = a.kind === "term" ? ` ${a.token} ` : a.kind === "prefix" ? ` ${a.token}` : ` ${a.tokens.join(" ")} `;
  let n = 0;
  // Every match starts at a token boundary; resuming one character on also counts overlapping phrases.
  for (let at = padded.indexOf(needle); at >= 0; at = padded.indexOf(needle, at + 1)) n++;
  return n;
}

/** The rarest alternative decides how telling a clause is. */
function idf(clause: Alternative[], vocabulary: Vocabulary): number {
  const n = vocabulary.documents;
  let best = 0;
  for (const a of clause) {
    const df =
      a.kind === "term"
        ? vocabulary.df(a.token)
        : a.kind === "phrase"
          ? Math.min(...a.tokens.map((t) => vocabulary.df(t)))
          : n / 10;
    if (df === 0) continue;
    best = Math.max(best, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }
  return best;
}
