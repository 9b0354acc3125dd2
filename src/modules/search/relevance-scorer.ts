import type { Alternative } from "./query-compiler.js";
import type { Vocabulary } from "./vocabulary.js";

/**
 * BM25F over our own tokens, computed the same way whichever database found the
 * documents: the backends select candidates, this orders them, so SQLite and PostgreSQL
 * agree. Title and code weigh more than the introduction, which weighs more than the body.
 */
export interface FieldTokens {
  title: string[];
  code: string[];
  intro: string[];
  body: string[];
  parts: string[];
}

const FIELDS: Record<keyof FieldTokens, { weight: number; averageLength: number }> = {
  title: { weight: 10, averageLength: 8 },
  code: { weight: 10, averageLength: 3 },
  intro: { weight: 4, averageLength: 40 },
  body: { weight: 1, averageLength: 200 },
  parts: { weight: 1, averageLength: 40 },
};
const K1 = 1.2;
const B = 0.5;

export function relevance(must: Alternative[][], fields: FieldTokens, vocabulary: Vocabulary): number {
  const counted = Object.entries(FIELDS).map(([name, field]) => {
    const tokens = fields[name as keyof FieldTokens];
    return { ...field, tokens, counts: tokenCounts(tokens) };
  });
  let score = 0;
  for (const clause of must) {
    let tf = 0;
    for (const { weight, averageLength, tokens, counts } of counted) {
      if (tokens.length === 0) continue;
      const norm = 1 - B + (B * tokens.length) / averageLength;
      for (const alternative of clause) tf += (weight * alternative.boost * occurrences(tokens, counts, alternative)) / norm;
    }
    score += (idf(clause, vocabulary) * tf * (K1 + 1)) / (tf + K1);
  }
  return score;
}

/** How often each token occurs: a term is then one look-up instead of a pass over the text. */
function tokenCounts(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

function occurrences(tokens: string[], counts: Map<string, number>, a: Alternative): number {
  if (a.kind === "term") return counts.get(a.token) ?? 0;
  let n = 0;
  if (a.kind === "prefix") {
    for (const [token, count] of counts) if (token.startsWith(a.token)) n += count;
    return n;
  }
  for (let i = 0; i < tokens.length; i++) if (startsPhrase(tokens, i, a.tokens)) n++;
  return n;
}

function startsPhrase(tokens: string[], at: number, phrase: string[]): boolean {
  return phrase.every((t, j) => tokens[at + j] === t);
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
