import type { Alternative } from "./query-compiler.js";
import type { TextSegment } from "./search.types.js";
import { STOPWORDS } from "./stopwords.js";
import { type Language, partsOfWord, stem, words } from "./text-analysis.js";

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
  // A snippet asks about the same words again and again.
  const known = new Map<string, boolean>();
  return (word) => {
    let hit = known.get(word);
    if (hit === undefined) {
      hit =
        matches(stem(word, language)) ||
        prefixes.some((p) => word.startsWith(p)) ||
        (language === "nl" && partsOfWord(word).some((part) => terms.has(part.token)));
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
  const all = words(text);
  if (all.length === 0) return [];
  const first = Math.max(
    0,
    all.findIndex((w) => isHit(w.text)),
  );
  const from = Math.max(0, first - 8);
  const to = Math.min(all.length, from + SNIPPET_WORDS);
  const start = from === 0 ? 0 : (all[from]?.start ?? 0);
  const end = to === all.length ? text.length : (all[to - 1]?.end ?? text.length);
  const result = segments(text, start, end, isHit);
  if (from > 0) result.unshift({ text: "… ", hit: false });
  if (to < all.length) result.push({ text: " …", hit: false });
  return result;
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
