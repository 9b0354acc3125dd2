import type { Alternative } from "./query-compiler.js";
import type { TextSegment } from "./search.types.js";
import { STOPWORDS } from "./stopwords.js";
import { forEachWord, type Language, partsOfWord, stem, words } from "./text-analysis.js";

/**
 * Highlighting: which words of a text the query matched, as plain-text segments the
 * page renders with <mark> around hits, never as HTML built from user input.
 */
export type WordMatcher = (word: string) => boolean;

export function wordMatcher(must: Alternative[][], language: Language): WordMatcher {
  const terms = new Set<string>();
  const prefixes: string[] = [];
  for (const a of must.flat()) {
    if (a.kind === "term") terms.add(a.token);
    else if (a.kind === "prefix") prefixes.push(a.token);
    else for (const t of a.tokens) if (!STOPWORDS.has(t)) terms.add(t);
  }
  const matches = (token: string) => terms.has(token) || prefixes.some((p) => token.startsWith(p));
  // A compound part's token is the stem of one of the word's tails, and Snowball changes at most the last two
  // letters of what it keeps ("heden" -> "heid"): a word without the rest of a token cannot have it as a part.
  const cores = [...terms].map((t) => t.slice(0, Math.max(2, t.length - 2)));
  const mayHavePart = (word: string) => cores.some((core) => word.includes(core));
  // Likewise a word stems to a token only if it starts with the token but for its last three letters: most
  // words of a text are not stemmed at all.
  const stemCores = [...terms, ...prefixes].map((t) => t.slice(0, Math.max(2, t.length - 3)));
  const mayStemTo = (word: string) => stemCores.some((core) => word.startsWith(core));
  // A snippet asks about the same words again and again.
  const known = new Map<string, boolean>();
  return (word) => {
    let hit = known.get(word);
    if (hit === undefined) {
      hit =
        (mayStemTo(word) && matches(stem(word, language))) ||
        prefixes.some((p) => word.startsWith(p)) ||
        (language === "nl" && mayHavePart(word) && partsOfWord(word).some((part) => terms.has(part.token)));
      known.set(word, hit);
    }
    return hit;
  };
}

/** The whole text, with hits marked (titles). */
export function highlight(text: string, isHit: WordMatcher): TextSegment[] {
  return segments(text, 0, text.length, isHit);
}

const SNIPPET_WORDS = 30;

/**
 * About thirty words from the start of the sentence with the first hit (or a few words
 * before the hit when that sentence is long), or from the first sentence when nothing matched.
 */
export function snippet(text: string | null, isHit: WordMatcher): TextSegment[] {
  if (!text) return [];
  const bounds = aroundFirstHit(text, isHit);
  if (!bounds) return [];
  const result = segments(text, bounds.start, bounds.end, isHit);
  if (bounds.before) result.unshift({ text: "… ", hit: false });
  if (bounds.after) result.push({ text: " …", hit: false });
  return result;
}

const LEAD_WORDS = 8;
/** A hit this many words or fewer into its sentence is shown from the sentence's start. */
const SENTENCE_LEAD = 16;

/**
 * Where the snippet starts and ends, and whether words were left out before and after
 * (none: the text has no words). It reads the text only as far as it needs to and keeps only
 * the starts of the last words it passed and of the sentence it is in.
 */
function aroundFirstHit(text: string, isHit: WordMatcher) {
  const leadStarts = new Array<number>(LEAD_WORDS);
  let passed = 0;
  let openingEnd = 0;
  let start = -1;
  let end = 0;
  let inWindow = 0;
  let after = false;
  let previousEnd = 0;
  let sentenceStart = 0;
  let inSentence = 0;
  forEachWord(text, (word, wordStart, wordEnd) => {
    if (start >= 0) {
      after = inWindow === SNIPPET_WORDS;
      if (after) return true;
      inWindow++;
      end = wordEnd;
      return false;
    }
    if (endsSentence(text, previousEnd, wordStart)) {
      sentenceStart = wordStart;
      inSentence = 0;
    }
    previousEnd = wordEnd;
    if (passed + 1 === SNIPPET_WORDS) openingEnd = wordEnd;
    if (isHit(word)) {
      const lead = inSentence <= SENTENCE_LEAD ? inSentence : Math.min(passed, LEAD_WORDS);
      start = inSentence <= SENTENCE_LEAD ? sentenceStart : (leadStarts[(passed - lead) % LEAD_WORDS] as number);
      inWindow = lead + 1;
      end = wordEnd;
      return false;
    }
    leadStarts[passed % LEAD_WORDS] = wordStart;
    passed++;
    inSentence++;
    return false;
  });
  if (start >= 0) return { start, end: after ? end : text.length, before: start > 0, after };
  if (passed === 0) return undefined;
  const more = passed > SNIPPET_WORDS;
  return { start: 0, end: more ? openingEnd : text.length, before: false, after: more };
}

const FULL_STOP = ".".charCodeAt(0);
const BANG = "!".charCodeAt(0);
const QUESTION = "?".charCodeAt(0);
const NEWLINE = "\n".charCodeAt(0);

/** Whether the characters between two words end a sentence (a full stop, ! or ?, or a line break). */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === FULL_STOP || code === BANG || code === QUESTION || code === NEWLINE) return true;
  }
  return false;
}

function segments(text: string, start: number, end: number, isHit: WordMatcher): TextSegment[] {
  const result: TextSegment[] = [];
  let at = start;
  const push = (piece: string, hit: boolean) => {
    if (!piece) return;
    const last = result.at(-1);
    if (last && last.hit === hit) last.text += piece;
    else result.push({ text: piece, hit });
  };
  for (const word of words(text.slice(start, end))) {
    if (!isHit(word.text)) continue;
    push(text.slice(at, start + word.start), false);
    push(text.slice(start + word.start, start + word.end), true);
    at = start + word.end;
  }
  push(text.slice(at, end), false);
  return result.map((s) => ({ ...s, text: s.text.replace(/\s+/g, " ") }));
}
