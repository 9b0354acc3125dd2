import { readFileSync } from "node:fs";
import { z } from "zod";
import { LANGUAGES, stem, words } from "./text-analysis.js";

/**
 * The bilingual synonym glossary (glossary.nl-en.json), kept as data so editors can grow
 * it. Entries are matched by their stems in either language, so "kmo's", "SMEs" and
 * "Kleine en middelgrote ondernemingen" all find the same group.
 */
const glossaryFile = z.object({ about: z.string(), groups: z.array(z.array(z.string().min(1)).min(2)) });

/** An entry as folded words: one word, or several for a phrase. */
export type GlossaryEntry = string[];

export interface Glossary {
  /** The synonyms of the words, or undefined when the words are not a glossary entry. */
  synonymsOf(folded: readonly string[]): GlossaryEntry[] | undefined;
  /** Longest entry, in words: how far a query needs to look ahead for a multi-word entry. */
  longestEntry: number;
  size: number;
}

export function loadGlossary(url?: URL): Glossary {
  return buildGlossary(loadGlossaryGroups(url));
}

export function loadGlossaryGroups(url = new URL("./glossary.nl-en.json", import.meta.url)): string[][] {
  return glossaryFile.parse(JSON.parse(readFileSync(url, "utf8"))).groups;
}

export function buildGlossary(groups: readonly (readonly string[])[]): Glossary {
  const entries = groups.map((group) => group.map((entry) => words(entry).map((w) => w.text)).filter((e) => e.length > 0));
  const byKey = new Map<string, number[]>();
  entries.forEach((group, index) => {
    for (const entry of group) {
      for (const key of keysOf(entry)) byKey.set(key, [...(byKey.get(key) ?? []), index]);
    }
  });
  return {
    longestEntry: Math.max(...entries.flat().map((e) => e.length)),
    size: entries.length,
    synonymsOf(folded) {
      const indexes = keysOf(folded).flatMap((key) => byKey.get(key) ?? []);
      if (indexes.length === 0) return undefined;
      const own = folded.join(" ");
      const seen = new Set<string>([own]);
      const synonyms: GlossaryEntry[] = [];
      for (const entry of [...new Set(indexes)].flatMap((i) => entries[i] ?? [])) {
        const text = entry.join(" ");
        if (!seen.has(text)) synonyms.push(entry);
        seen.add(text);
      }
      return synonyms;
    },
  };
}

function keysOf(folded: readonly string[]): string[] {
  return [...new Set(LANGUAGES.map((language) => folded.map((word) => stem(word, language)).join(" ")))];
}
