import type { Alternative } from "./query-compiler.js";
import type { TextSegment } from "./search.types.js";
import { STOPWORDS } from "./stopwords.js";
import { eachWord, type Language, partsOfWord, stem, type Word, words } from "./text-analysis.js";

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

/** About thirty words around the first hit, or the opening words when nothing matched. */
export function snippet(text: string | null, isHit: WordMatcher): TextSegment[] {
  if (!text) return [];
  const { window, before, after } = wordsAroundFirstHit(text, isHit);
  if (window.length === 0) return [];
  const start = before ? (window[0] as Word).start : 0;
  const end = after ? (window.at(-1) as Word).end : text.length;
  const result = segments(text, start, end, isHit);
  if (before) result.unshift({ text: "… ", hit: false });
  if (after) result.push({ text: " …", hit: false });
  return result;
}

const LEAD_WORDS = 8;

/**
 * Up to eight words before the first hit and the words after it, thirty in all (the
 * opening thirty without a hit), and whether words were left out before and after. It
 * reads the text only as far as it needs to.
 */
function wordsAroundFirstHit(text: string, isHit: WordMatcher) {
  const opening: Word[] = [];
  let lead: Word[] = [];
  let skipped = false;
  let window: Word[] | undefined;
  for (const word of eachWord(text)) {
    if (window) {
      if (window.length === SNIPPET_WORDS) return { window, before: skipped, after: true };
      window.push(word);
      continue;
    }
    if (opening.length <= SNIPPET_WORDS) opening.push(word);
    if (isHit(word.text)) {
      window = [...lead, word];
      continue;
    }
    lead.push(word);
    if (lead.length > LEAD_WORDS) {
      lead = lead.slice(1);
      skipped = true;
    }
  }
  if (window) return { window, before: skipped, after: false };
  return { window: opening.slice(0, SNIPPET_WORDS), before: false, after: opening.length > SNIPPET_WORDS };
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
