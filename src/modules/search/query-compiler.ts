import type { Glossary } from "./glossary.js";
import type { QueryAst, QueryNode } from "./query-parser.js";
import { STOPWORDS } from "./stopwords.js";
import { LANGUAGES, stem, stemsInAnyLanguage } from "./text-analysis.js";
import type { Expansion, Translator } from "./translation/translator.js";
import { allowedEdits, type Vocabulary } from "./vocabulary.js";

/**
 * A query in index tokens, ready for any backend: clauses of alternatives, each a token,
 * a token prefix, a phrase of tokens, or tokens near each other. Boosts rank the user's own
 * words above synonyms, prefixes, translations and typo corrections.
 */
export type Alternative =
  | { kind: "term"; token: string; boost: number }
  | { kind: "prefix"; token: string; boost: number }
  | { kind: "phrase"; tokens: string[]; boost: number }
  /** Documents with all the tokens; ranked as a phrase where they stand near each other. */
  | { kind: "near"; tokens: string[]; boost: number };

export interface CompiledQuery {
  must: Alternative[][];
  not: Alternative[][];
  /** Words corrected against the vocabulary, for "did you mean". */
  corrections: { from: string; to: string }[];
  /** Synonyms and translations the search also looked for and the catalogue has, as words ("rare diseases"). */
  expansions: string[];
}

export interface CompileOptions {
  /** Also search synonyms and translations (the default); false searches only the words typed. */
  translate: boolean;
}

const BOOST = { exact: 1, prefix: 0.7, synonym: 0.8, translation: 0.5, typo: 0.6 };
const EXPANSION_BOOST: Record<Expansion["source"], number> = {
  glossary: BOOST.synonym,
  dictionary: BOOST.translation,
  compound: BOOST.translation,
};
const MIN_PREFIX = 3;

/** A query node, and whether its words were grouped as a glossary entry rather than quoted. */
interface Unit {
  node: QueryNode;
  grouped: boolean;
}

interface Compilation {
  translator: Translator;
  vocabulary: Vocabulary;
  options: CompileOptions;
  corrections: CompiledQuery["corrections"];
  expansions: Set<string>;
}

export function compileQuery(
  ast: QueryAst,
  translator: Translator,
  vocabulary: Vocabulary,
  options: CompileOptions = { translate: true },
): CompiledQuery {
  const state: Compilation = { translator, vocabulary, options, corrections: [], expansions: new Set() };
  const clauses = options.translate
    ? groupGlossaryPhrases(ast.clauses, translator.glossary)
    : ast.clauses.map((clause) => clause.map((node) => ({ node, grouped: false })));
  const must = clauses
    .filter((clause, _, all) => all.length === 1 || !isStopword(clause))
    .map((clause) => dedupe(clause.flatMap((unit) => alternativesOf(unit, state))))
    .filter((alternatives) => alternatives.length > 0);
  const not = ast.excluded.map((node) => dedupe(exactAlternatives(node, BOOST.exact)));
  return { must, not, corrections: state.corrections, expansions: [...state.expansions] };
}

/** Consecutive single words that form a glossary entry ("lokale overheid") become one clause. */
function groupGlossaryPhrases(clauses: QueryNode[][], glossary: Glossary): Unit[][] {
  const grouped: Unit[][] = [];
  for (let i = 0; i < clauses.length; i++) {
    let taken = false;
    for (let n = Math.min(glossary.longestEntry, clauses.length - i); n >= 2 && !taken; n--) {
      const run = clauses.slice(i, i + n).map(singleWord);
      if (run.some((w) => w === undefined)) continue;
      if (!glossary.synonymsOf(run as string[])) continue;
      grouped.push([{ node: { kind: "phrase", words: run as string[] }, grouped: true }]);
      i += n - 1;
      taken = true;
    }
    if (!taken) grouped.push((clauses[i] as QueryNode[]).map((node) => ({ node, grouped: false })));
  }
  return grouped;
}

function singleWord(clause: QueryNode[]): string | undefined {
  const [node] = clause;
  return clause.length === 1 && node?.kind === "word" ? node.text : undefined;
}

function isStopword(clause: Unit[]): boolean {
  const word = singleWord(clause.map((u) => u.node));
  return word !== undefined && STOPWORDS.has(word);
}

function alternativesOf({ node, grouped }: Unit, state: Compilation): Alternative[] {
  const { vocabulary } = state;
  // Words grouped as a glossary entry are found near each other too ("climate change adaptation").
  const alternatives = exactAlternatives(node, BOOST.exact, grouped ? "near" : "phrase");
  const folded = node.kind === "word" ? [node.text] : node.words;
  if (node.kind === "word" && node.prefix && node.text.length >= MIN_PREFIX) {
    alternatives.push({ kind: "prefix", token: node.text, boost: BOOST.prefix });
  }
  if (state.options.translate) {
    const known = (words: readonly string[]) =>
      matchesVocabulary(exactAlternatives(wordsToNode([...words]), BOOST.exact), vocabulary);
    const own = new Set(alternatives.map(key));
    for (const expansion of state.translator.expand(folded, known)) {
      // A synonym or translation of several words is found with its words near each other ("wave and tidal energy").
      const found = exactAlternatives(wordsToNode(expansion.words), EXPANSION_BOOST[expansion.source], "near").filter(
        (a) => matchesVocabulary([a], vocabulary) && !own.has(key(a)),
      );
      // Another form of a word already searched ("opleidingen" for "opleiding") is no news to the searcher.
      if (found.length === 0) continue;
      alternatives.push(...found);
      for (const a of found) own.add(key(a));
      state.expansions.add(expansion.words.join(" "));
    }
  }
  // A word the glossary or dictionary knows is spelt right, even where the catalogue does not have it:
  // "renovatie" is not a typo of "innovatie".
  if (node.kind === "word" && !matchesVocabulary(alternatives, vocabulary) && !state.translator.knows(folded)) {
    const correction = correct(node.text, vocabulary);
    if (correction) {
      alternatives.push({ kind: "term", token: correction.term, boost: BOOST.typo });
      state.corrections.push({ from: node.text, to: correction.word });
    }
  }
  return alternatives;
}

function exactAlternatives(node: QueryNode, boost: number, words: "phrase" | "near" = "phrase"): Alternative[] {
  if (node.kind === "word") return stemsInAnyLanguage(node.text).map((token) => ({ kind: "term", token, boost }));
  const perLanguage = new Set(
    LANGUAGES.map((language) =>
      node.words
        .filter((w) => words === "phrase" || !STOPWORDS.has(w))
        .map((w) => stem(w, language))
        .join(" "),
    ),
  );
  return [...perLanguage].map((joined): Alternative => {
    const tokens = joined.split(" ");
    return tokens.length === 1 ? { kind: "term", token: tokens[0] as string, boost } : { kind: words, tokens, boost };
  });
}

function wordsToNode(words: string[]): QueryNode {
  return words.length === 1 ? { kind: "word", text: words[0] as string, prefix: false } : { kind: "phrase", words };
}

function matchesVocabulary(alternatives: Alternative[], vocabulary: Vocabulary): boolean {
  return alternatives.some((a) => {
    if (a.kind === "term") return vocabulary.has(a.token);
    if (a.kind === "prefix") return vocabulary.hasPrefix(a.token);
    return a.tokens.every((t) => vocabulary.has(t));
  });
}

function correct(word: string, vocabulary: Vocabulary) {
  const edits = allowedEdits(word);
  if (edits === 0) return undefined;
  for (const token of stemsInAnyLanguage(word)) {
    const found = vocabulary.closest(token, edits, "term");
    if (found) return found;
  }
  // Stemmers leave misspelt words alone, so compare the word as typed with the words we saw.
  return vocabulary.closest(word, edits, "word");
}

const key = (a: Alternative) => `${a.kind}:${"tokens" in a ? a.tokens.join(" ") : a.token}`;

/** Keeps the strongest of equal alternatives. */
function dedupe(alternatives: Alternative[]): Alternative[] {
  const best = new Map<string, Alternative>();
  for (const a of alternatives) {
    const seen = best.get(key(a));
    if (!seen || seen.boost < a.boost) best.set(key(a), a);
  }
  return [...best.values()];
}
