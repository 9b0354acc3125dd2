import { readFileSync } from "node:fs";
import { type Language, stem, words } from "../text-analysis.js";

/**
 * The general Dutch-English dictionary for the long tail of words the glossary does not
 * have: FreeDict's, derived into freedict-nl-en.tsv (one Dutch headword a line, a tab, its
 * English translations separated by "; "). It is looked up by stems, so "kankers" finds
 * "kanker", and in both directions: a Dutch word gives English words and an English one Dutch.
 */
export interface Dictionary {
  /** Translations of folded words, as folded words (a translation may be several words). */
  translationsOf(folded: readonly string[]): string[][];
  /** Whether a folded Dutch word (or a form of it) is a headword: compounds are split on these. */
  isDutchWord(folded: string): boolean;
  /** Whether folded words (or forms of them) are an English translation of some Dutch word. */
  isEnglish(folded: readonly string[]): boolean;
}

const DEFAULT_FILE = new URL("./freedict-nl-en.tsv", import.meta.url);

export function loadDictionary(url: URL = DEFAULT_FILE): Dictionary {
  const pairs: [string[], string[][]][] = [];
  for (const line of readFileSync(url, "utf8").split("\n")) {
    const [dutch, english] = line.split("\t");
    if (!dutch || !english) continue;
    pairs.push([folded(dutch), english.split("; ").map(folded)]);
  }
  return buildDictionary(pairs);
}

export function buildDictionary(pairs: readonly (readonly [string[], string[][]])[]): Dictionary {
  const fromDutch = new Map<string, string[][]>();
  const fromEnglish = new Map<string, string[][]>();
  const dutchWords = new Set<string>();
  const add = (map: Map<string, string[][]>, key: string, entry: string[]) => {
    const list = map.get(key);
    if (!list) map.set(key, [entry]);
    else if (!list.some((e) => e.join(" ") === entry.join(" "))) list.push(entry);
  };
  for (const [dutch, translations] of pairs) {
    if (dutch.length === 0) continue;
    if (dutch.length === 1) dutchWords.add(keyOf(dutch, "nl"));
    for (const english of translations) {
      if (english.length === 0) continue;
      add(fromDutch, keyOf(dutch, "nl"), english);
      add(fromEnglish, keyOf(english, "en"), dutch);
    }
  }
  return {
    translationsOf(words) {
      return [...(fromDutch.get(keyOf(words, "nl")) ?? []), ...(fromEnglish.get(keyOf(words, "en")) ?? [])];
    },
    isDutchWord: (word) => dutchWords.has(keyOf([word], "nl")),
    isEnglish: (words) => fromEnglish.has(keyOf(words, "en")),
  };
}

function folded(text: string): string[] {
  return words(text).map((w) => w.text);
}

function keyOf(folded: readonly string[], language: Language): string {
  return folded.map((w) => stem(w, language)).join(" ");
}
