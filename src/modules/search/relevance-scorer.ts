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

/** Number of tokens per field (the database counts them while it reads the text). */
export type FieldLengths = Record<keyof FieldTerms, number>;

/** Which of a posting's sets tells whether a field can hold a word. */
export type FieldGroup = "title" | "intro" | "all";

const FIELDS: Record<keyof FieldTerms, { weight: number; averageLength: number; group: FieldGroup }> = {
  title: { weight: 10, averageLength: 8, group: "title" },
  code: { weight: 10, averageLength: 3, group: "title" },
  intro: { weight: 4, averageLength: 40, group: "intro" },
  body: { weight: 1, averageLength: 200, group: "all" },
  parts: { weight: 1, averageLength: 40, group: "all" },
};

export const FIELD_NAMES = Object.keys(FIELDS) as (keyof FieldTerms)[];

/** Whether alternative a of clause c can occur in a field group of the document (false: no need to look). */
export type MayOccur = (c: number, a: number, group: FieldGroup) => boolean;
const K1 = 1.2;
const B = 0.5;

export function relevance(
  must: Alternative[][],
  fields: FieldTerms,
  lengths: FieldLengths,
  vocabulary: Vocabulary,
  mayOccur: MayOccur = () => true,
): number {
  let score = 0;
  must.forEach((clause, c) => {
    let tf = 0;
    for (const name of FIELD_NAMES) {
      const length = lengths[name];
      if (length === 0) continue;
      const { weight, averageLength, group } = FIELDS[name];
      const norm = 1 - B + (B * length) / averageLength;
      clause.forEach((alternative, a) => {
        if (mayOccur(c, a, group)) tf += (weight * alternative.boost * occurrences(fields[name], alternative)) / norm;
      });
    }
    score += (idf(clause, vocabulary) * tf * (K1 + 1)) / (tf + K1);
  });
  return score;
}

/** Occurrences of a token, of tokens starting with a prefix, or of a phrase, found without splitting the text. */
function occurrences(text: string, a: Alternative): number {
  if (a.kind === "near") return nearOccurrences(text, a.tokens);
  const needle = a.kind === "phrase" ? a.tokens.join(" ") : a.token;
  const wholeToken = a.kind !== "prefix";
  let n = 0;
  // Resuming one character on also counts overlapping phrases; a match must start (and, but for a prefix, end) a token.
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (at > 0 && text.charCodeAt(at - 1) !== SPACE) continue;
    const end = at + needle.length;
    if (wholeToken && end < text.length && text.charCodeAt(end) !== SPACE) continue;
    n++;
  }
  return n;
}

const SPACE = 32;

/** How far apart words may stand to count as near each other: about four tokens, in characters of the stored text. */
const NEAR_CHARACTERS = 40;
/** What the words count for where the text has them all, but apart. */
const APART = 0.25;

/**
 * Places where all the words stand within a few tokens of each other, and a little for each
 * time they occur apart: "climate change adaptation" is near "climate adaptation". The text is
 * not split: the scorer reads fifty long texts per search, and where each word is is enough.
 */
function nearOccurrences(text: string, tokens: string[]): number {
  const starts = tokens.map((token) => tokenStarts(text, token));
  const [first = [], ...others] = starts;
  if (first.length === 0 || others.some((list) => list.length === 0)) return 0;
  let near = 0;
  for (const at of first) {
    if (others.every((list) => list.some((p) => Math.abs(p - at) <= NEAR_CHARACTERS))) near++;
  }
  return near + APART * Math.min(...starts.map((list) => list.length));
}

/** Where a whole token occurs in a text of space-separated tokens. */
function tokenStarts(text: string, token: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
    const end = at + token.length;
    if ((at === 0 || text.charCodeAt(at - 1) === SPACE) && (end === text.length || text.charCodeAt(end) === SPACE))
      found.push(at);
  }
  return found;
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
