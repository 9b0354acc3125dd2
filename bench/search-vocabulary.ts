import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { STOPWORDS } from "../src/modules/search/stopwords.js";

/**
 * The words the benchmark catalogue is written in, harvested at run time from real texts
 * (never copied into the repository): English from the titles, summaries and abstracts of
 * the EU portal feed, Dutch from the origin pages plus compounds made of their words, as
 * Dutch funding texts are full of them. Words are drawn with a Zipf spread by rank (the
 * most frequent word about once in ten, most words rarely), so a query word matches a
 * small share of the catalogue, as in a real one.
 */
export interface Language {
  /** Every word, most frequent first. */
  words: string[];
  /** Words a visitor would type: no stopwords, at least four letters, most frequent first. */
  queryWords: string[];
}

const SHARED_DATA = resolve(fileURLToPath(new URL("../..", import.meta.url)), "shared");
const WORD = /\p{L}+/gu;
/** Dutch compounds made per origin-page word: enough for a tail of thousands of rare words. */
const COMPOUNDS = 4000;

export function loadVocabulary(next: () => number): Record<"nl" | "en", Language> {
  const feed = JSON.parse(readFileSync(join(SHARED_DATA, "data/eu-ft/sedia-feed-2026-08-22.json"), "utf8")) as {
    grants: { title?: string; summary?: string; abstract?: string }[];
  };
  const english = byFrequency(feed.grants.flatMap((g) => [g.title, g.summary, g.abstract]));
  const seeds = join(SHARED_DATA, "seeds");
  const dutchTexts = readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(seeds, f), "utf8"));
  const dutch = byFrequency(dutchTexts);
  return { en: language(english), nl: language([...dutch, ...compounds(dutch, next)]) };
}

function byFrequency(texts: (string | undefined)[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const [word] of (text ?? "").toLowerCase().matchAll(WORD)) {
      if (word.length > 1 || word === "a") counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

/** Head + tail compounds of content words ("leer" + "ecosystemen"), all rarer than the words they are made of. */
function compounds(dutch: string[], next: () => number): string[] {
  const content = dutch.filter((w) => w.length >= 4 && !STOPWORDS.has(w));
  const heads = content.slice(0, 300).filter((w) => w.length <= 9);
  const tails = content.filter((w) => w.length >= 5);
  const seen = new Set(dutch);
  const made: string[] = [];
  for (let tries = 0; made.length < COMPOUNDS && tries < COMPOUNDS * 4; tries++) {
    const head = heads[Math.floor(next() * heads.length)] as string;
    const tail = tails[Math.floor(next() * tails.length)] as string;
    const word = head + tail;
    if (!seen.has(word)) {
      seen.add(word);
      made.push(word);
    }
  }
  return made;
}

function language(words: string[]): Language {
  return { words, queryWords: words.filter((w) => w.length >= 4 && !STOPWORDS.has(w)) };
}

/** Picks items by rank with probability proportional to 1 / (rank + 2.7) (Zipf–Mandelbrot). */
export function zipf<T>(items: readonly T[], next: () => number): () => T {
  const cumulative = new Float64Array(items.length);
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    total += 1 / (i + 2.7);
    cumulative[i] = total;
  }
  return () => {
    const target = next() * total;
    let low = 0;
    let high = items.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] as number) < target) low = mid + 1;
      else high = mid;
    }
    return items[low] as T;
  };
}
