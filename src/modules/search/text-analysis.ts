import { stemmer as dutchStemmer } from "@orama/stemmers/dutch";
import { stemmer as englishStemmer } from "@orama/stemmers/english";

/**
 * Text analysis shared by indexing, querying, ranking and snippets, and by both backends:
 * the database only ever sees the tokens made here, so SQLite and PostgreSQL agree.
 */
export type Language = "nl" | "en";
export const LANGUAGES: readonly Language[] = ["nl", "en"];

const stemmers: Record<Language, (word: string) => string> = { nl: dutchStemmer, en: englishStemmer };

/** Longest word we analyse; longer "words" are noise (hashes, pasted URLs) and would only bloat the index. */
const MAX_WORD = 40;
/** Dutch compounds: words this long also index their tails, so "ecosystemen" finds "leerecosystemen". */
const COMPOUND_MIN = 10;
const COMPOUND_HEAD_MIN = 3;
const COMPOUND_TAIL_MIN = 5;

/** Letters that Unicode does not decompose into a base letter and an accent. */
const LIGATURES: Record<string, string> = { ł: "l", ø: "o", æ: "ae", œ: "oe", ß: "ss", đ: "d", ð: "d", þ: "th", ı: "i" };

const ascii = /^[ -~]*$/;

/** Lower case without accents: coöperatie = cooperatie, één = een, Skłodowska = sklodowska. */
export function fold(text: string): string {
  // Most words are printable ASCII: lower case is all they need, and this runs for every word indexed.
  if (ascii.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[łøæœßđðþı]/g, (c) => LIGATURES[c] ?? c);
}

export interface Word {
  /** The folded word. */
  text: string;
  /** Where the original word starts and ends in the input, for highlighting. */
  start: number;
  end: number;
}

/** Words of a text, folded, with their positions in the original text. */
export function words(text: string): Word[] {
  const found: Word[] = [];
  forEachWord(text, (word, start, end) => {
    found.push({ text: word, start, end });
  });
  return found;
}

/**
 * Calls `visit` with each word of a text, folded, and where it starts and ends in the text,
 * until `visit` returns true. A word is a run of letters and digits, with a possessive or
 * plural "'s" belonging to it (kmo's = kmo). Snippets read every word of the texts on a page,
 * so this scans character codes and makes nothing but the words themselves.
 */
export function forEachWord(text: string, visit: (word: string, start: number, end: number) => unknown): void {
  const length = text.length;
  let at = 0;
  while (at < length) {
    let width = wordCharWidth(text, at);
    if (width === 0) {
      at++;
      continue;
    }
    const start = at;
    let plain = true;
    do {
      if (width === 2 || !isAsciiAlphanumeric(text.charCodeAt(at))) plain = false;
      at += width;
      width = at < length ? wordCharWidth(text, at) : 0;
    } while (width > 0);
    const word = text.slice(start, at);
    if (isPossessive(text, at)) at += 2;
    const folded = plain ? word.toLowerCase() : fold(word);
    if (folded.length === 0 || folded.length > MAX_WORD || (!plain && !/^[a-z0-9]+$/.test(folded))) continue;
    if (visit(folded, start, at) === true) return;
  }
}

const APOSTROPHES = new Set(["'".charCodeAt(0), "’".charCodeAt(0)]);
const LOWER_S = "s".charCodeAt(0);

/** "'s" or "’s" right after a word and not followed by a letter, digit or underscore. */
function isPossessive(text: string, at: number): boolean {
  if (!APOSTROPHES.has(text.charCodeAt(at)) || text.charCodeAt(at + 1) !== LOWER_S) return false;
  const next = text.charCodeAt(at + 2);
  return Number.isNaN(next) || !(isAsciiAlphanumeric(next) || next === 95);
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

const letterOrDigit = /^[\p{L}\p{N}]$/u;
/** Whether each non-ASCII character of the Basic Multilingual Plane is a letter or digit: 0 not yet known, 1 yes, 2 no. */
const bmpClass = new Uint8Array(0x10000);

/** How many code units the letter or digit at `at` takes (0: not a letter or digit). */
function wordCharWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiAlphanumeric(code) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(at) as number;
    return point > 0xffff && letterOrDigit.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  if (bmpClass[code] === 0) bmpClass[code] = letterOrDigit.test(String.fromCharCode(code)) ? 1 : 2;
  return bmpClass[code] === 1 ? 1 : 0;
}

/** Stemming is the costly step of analysis and text repeats its words, so stems are remembered. */
const stemCache: Record<Language, Map<string, string>> = { nl: new Map(), en: new Map() };
const STEM_CACHE_SIZE = 400_000;

export function stem(word: string, language: Language): string {
  const cache = stemCache[language];
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    if (cache.size >= STEM_CACHE_SIZE) cache.clear();
    // Snowball keeps the plural "s" after a vowel; organisaties must meet organisatie.
    stemmed = /^[0-9]+$/.test(word) ? word : stemmers[language](language === "nl" ? word.replace(/ies$/, "ie") : word);
    cache.set(word, stemmed);
  }
  return stemmed;
}

/** The stems a word may have when we do not know its language (queries). */
export function stemsInAnyLanguage(word: string): string[] {
  return [...new Set(LANGUAGES.map((language) => stem(word, language)))];
}

export interface Token {
  token: string;
  word: string;
}

/**
 * Tails of long Dutch words are the parts a compound is found by. The same long words come
 * back in document after document, so their parts are remembered.
 */
const partsCache = new Map<string, readonly Token[]>();
const NO_PARTS: readonly Token[] = [];

/** Tails of one folded Dutch word, stemmed (none for short words and words with digits). */
export function partsOfWord(word: string): readonly Token[] {
  if (word.length < COMPOUND_MIN || /[0-9]/.test(word)) return NO_PARTS;
  let parts = partsCache.get(word);
  if (parts === undefined) {
    if (partsCache.size >= STEM_CACHE_SIZE) partsCache.clear();
    const found: Token[] = [];
    for (let i = COMPOUND_HEAD_MIN; i <= word.length - COMPOUND_TAIL_MIN; i++) {
      const tail = word.slice(i);
      found.push({ token: stem(tail, "nl"), word: tail });
    }
    parts = found;
    partsCache.set(word, parts);
  }
  return parts;
}

/** Index tokens, each token's first word, and compound parts of a text, from one pass over its words. */
export function analyseText(
  text: string | null | undefined,
  language: Language,
  vocabulary: Map<string, string>,
  parts: Token[],
): string[] {
  if (!text) return [];
  const result: string[] = [];
  for (const { text: word } of words(text)) {
    const token = stem(word, language);
    result.push(token);
    if (!vocabulary.has(token)) vocabulary.set(token, word);
    if (language === "nl") for (const part of partsOfWord(word)) parts.push(part);
  }
  return result;
}
