import type { Glossary } from "./glossary.js";
import type { QueryAst, QueryNode } from "./query-parser.js";
import { STOPWORDS } from "./stopwords.js";
import { LANGUAGES, stem, stemsInAnyLanguage } from "./text-analysis.js";
import { allowedEdits, type Vocabulary } from "./vocabulary.js";

/**
 * A query in index tokens, ready for any backend: clauses of alternatives, each a token,
 * a token prefix or a phrase of tokens. Boosts rank exact words above synonyms, prefixes
 * and typo corrections.
 */
export type Alternative =
  | { kind: "term"; token: string; boost: number }
  | { kind: "prefix"; token: string; boost: number }
  | { kind: "phrase"; tokens: string[]; boost: number };

export interface CompiledQuery {
  must: Alternative[][];
  not: Alternative[][];
  /** Words corrected against the vocabulary, for "did you mean". */
  corrections: { from: string; to: string }[];
}

const BOOST = { exact: 1, prefix: 0.7, synonym: 0.8, typo: 0.6 };
const MIN_PREFIX = 3;

export function compileQuery(ast: QueryAst, glossary: Glossary, vocabulary: Vocabulary): CompiledQuery {
  const corrections: CompiledQuery["corrections"] = [];
  const must = groupGlossaryPhrases(ast.clauses, glossary)
    .filter((clause, _, all) => all.length === 1 || !isStopword(clause))
    .map((clause) => dedupe(clause.flatMap((node) => alternativesOf(node, glossary, vocabulary, corrections))))
    .filter((alternatives) => alternatives.length > 0);
  const not = ast.excluded.map((node) => dedupe(exactAlternatives(node, BOOST.exact)));
  return { must, not, corrections };
}

/** Consecutive single words that form a glossary phrase ("lokale overheid") become one clause. */
function groupGlossaryPhrases(clauses: QueryNode[][], glossary: Glossary): QueryNode[][] {
  const grouped: QueryNode[][] = [];
  for (let i = 0; i < clauses.length; i++) {
    let taken = false;
    for (let n = Math.min(glossary.longestEntry, clauses.length - i); n >= 2 && !taken; n--) {
      const run = clauses.slice(i, i + n).map(singleWord);
      if (run.some((w) => w === undefined)) continue;
      if (!glossary.synonymsOf(run as string[])) continue;
      grouped.push([{ kind: "phrase", words: run as string[] }]);
      i += n - 1;
      taken = true;
    }
    if (!taken) grouped.push(clauses[i] as QueryNode[]);
  }
  return grouped;
}

function singleWord(clause: QueryNode[]): string | undefined {
  const [node] = clause;
  return clause.length === 1 && node?.kind === "word" ? node.text : undefined;
}

function isStopword(clause: QueryNode[]): boolean {
  const word = singleWord(clause);
  return word !== undefined && STOPWORDS.has(word);
}

function alternativesOf(
  node: QueryNode,
  glossary: Glossary,
  vocabulary: Vocabulary,
  corrections: CompiledQuery["corrections"],
): Alternative[] {
  const alternatives = exactAlternatives(node, BOOST.exact);
  const folded = node.kind === "word" ? [node.text] : node.words;
  if (node.kind === "word" && node.prefix && node.text.length >= MIN_PREFIX) {
    alternatives.push({ kind: "prefix", token: node.text, boost: BOOST.prefix });
  }
  for (const synonym of glossary.synonymsOf(folded) ?? []) {
    alternatives.push(...exactAlternatives(wordsToNode(synonym), BOOST.synonym));
  }
  if (node.kind === "word" && !matchesVocabulary(alternatives, vocabulary)) {
    const correction = correct(node.text, vocabulary);
    if (correction) {
      alternatives.push({ kind: "term", token: correction.term, boost: BOOST.typo });
      corrections.push({ from: node.text, to: correction.word });
    }
  }
  return alternatives;
}

function exactAlternatives(node: QueryNode, boost: number): Alternative[] {
  if (node.kind === "word") return stemsInAnyLanguage(node.text).map((token) => ({ kind: "term", token, boost }));
  const perLanguage = new Set(LANGUAGES.map((language) => node.words.map((w) => stem(w, language)).join(" ")));
  return [...perLanguage].map((joined): Alternative => {
    const tokens = joined.split(" ");
    return tokens.length === 1 ? { kind: "term", token: tokens[0] as string, boost } : { kind: "phrase", tokens, boost };
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

const key = (a: Alternative) => `${a.kind}:${a.kind === "phrase" ? a.tokens.join(" ") : a.token}`;

/** Keeps the strongest of equal alternatives. */
function dedupe(alternatives: Alternative[]): Alternative[] {
  const best = new Map<string, Alternative>();
  for (const a of alternatives) {
    const seen = best.get(key(a));
    if (!seen || seen.boost < a.boost) best.set(key(a), a);
  }
  return [...best.values()];
}
