import { buildGlossary, type Glossary, type GlossaryEntry, loadGlossaryGroups } from "../glossary.js";
import { splitCompound } from "./compounds.js";
import { type Dictionary, loadDictionary } from "./dictionary.js";
import { placeAndLanguageNames } from "./place-names.js";

/**
 * What else a searcher's words may be found by, across Dutch and English, from three
 * sources an editor can read: the domain glossary (glossary.nl-en.json) with the country
 * and language names of ICU, then the general dictionary (freedict-nl-en.tsv) for words the
 * glossary does not know, then, for a Dutch compound neither knows, its parts translated one
 * by one ("ruimtevaartindustrie" = "space" near "industry").
 */
export type ExpansionSource = "glossary" | "dictionary" | "compound";

export interface Expansion {
  /** Folded words; several for a phrase. */
  words: GlossaryEntry;
  source: ExpansionSource;
}

export interface Translator {
  glossary: Glossary;
  /** The expansions of folded words, only those `known` says are worth looking for (the catalogue has them). */
  expand(folded: readonly string[], known: (words: readonly string[]) => boolean): Expansion[];
  /** Whether the glossary or the dictionary has the words: then they are no typo. */
  knows(folded: readonly string[]): boolean;
}

/** A general dictionary lists senses a searcher rarely means; the first few are enough. */
const MAX_TRANSLATIONS = 3;
/** Every expansion is one more list of documents to read and score; a glossary group's first entries say it. */
const MAX_SYNONYMS = 6;
const MAX_PER_PART = 2;

export function createTranslator(glossary: Glossary, dictionary: Dictionary): Translator {
  const isWord = (part: string) => dictionary.isDutchWord(part) || glossary.synonymsOf([part]) !== undefined;
  /** A part of a Dutch compound in English: the glossary's English entries, else the dictionary's. */
  const englishOf = (part: string): GlossaryEntry[] => {
    const english = (glossary.synonymsOf([part]) ?? []).filter((entry) => dictionary.isEnglish(entry));
    return english.length ? english : dictionary.translationsOf([part]);
  };
  return {
    glossary,
    knows: (folded) => glossary.synonymsOf(folded) !== undefined || dictionary.translationsOf(folded).length > 0,
    expand(folded, known) {
      const synonyms = glossary.synonymsOf(folded);
      if (synonyms)
        return synonyms
          .filter(known)
          .slice(0, MAX_SYNONYMS)
          .map((words) => ({ words, source: "glossary" }));
      const translations = dictionary.translationsOf(folded).filter(known).slice(0, MAX_TRANSLATIONS);
      if (translations.length) return translations.map((words) => ({ words, source: "dictionary" }));
      const [word] = folded;
      if (folded.length !== 1 || word === undefined) return [];
      const parts = splitCompound(word, isWord);
      if (!parts) return [];
      const picks = combinations(parts.map((part) => englishOf(part).filter(known).slice(0, MAX_PER_PART)));
      // English often writes as one word what Dutch parts translate to ("gezondheidszorg": health + care = healthcare).
      const joined = picks.map((words) => [words.join("")]).filter(known);
      return [...joined, ...picks].map((words) => ({ words, source: "compound" }));
    },
  };
}

/** Every way to pick one translation per part, each as the words of the picks in order. */
function combinations(choices: GlossaryEntry[][]): GlossaryEntry[] {
  if (choices.some((c) => c.length === 0)) return [];
  return choices.reduce<GlossaryEntry[]>(
    (sofar, options) => sofar.flatMap((words) => options.map((option) => [...words, ...option])),
    [[]],
  );
}

let standard: Translator | undefined;

/** The translator over the project's own data files, loaded once per process. */
export function standardTranslator(): Translator {
  standard ??= createTranslator(buildGlossary([...loadGlossaryGroups(), ...placeAndLanguageNames()]), loadDictionary());
  return standard;
}
