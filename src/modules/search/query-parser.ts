import { words } from "./text-analysis.js";

/**
 * What a user typed, as a small safe tree: every word is folded to [a-z0-9]+, so nothing
 * of the user's syntax (quotes, stars, colons, NEAR, SQL) ever reaches a database.
 */
export type QueryNode = { kind: "word"; text: string; prefix: boolean } | { kind: "phrase"; words: string[] };

export interface QueryAst {
  /** All clauses must match; a clause matches when any of its nodes matches (OR). */
  clauses: QueryNode[][];
  /** Nodes that must not match. */
  excluded: QueryNode[];
}

const LIMITS = { chars: 300, clauses: 10, phraseWords: 10, excluded: 5 };
const controlCharacters = /[\p{Cc}\p{Cf}]+/gu;

interface Lexeme {
  text: string;
  quoted: boolean;
  negated: boolean;
}

export function parseQuery(input: string): QueryAst {
  const clean = input.replace(controlCharacters, " ").slice(0, LIMITS.chars);
  const clauses: QueryNode[][] = [];
  const excluded: QueryNode[] = [];
  let joinNext = false;
  for (const lexeme of lex(clean)) {
    if (!lexeme.quoted && !lexeme.negated && lexeme.text === "OR") {
      joinNext = clauses.length > 0;
      continue;
    }
    const node = toNode(lexeme);
    if (!node) continue;
    if (lexeme.negated) {
      if (excluded.length < LIMITS.excluded) excluded.push(node);
    } else if (joinNext) {
      clauses.at(-1)?.push(node);
    } else if (clauses.length < LIMITS.clauses) {
      clauses.push([node]);
    }
    joinNext = false;
  }
  markLastWordAsPrefix(clauses);
  return { clauses, excluded };
}

function* lex(text: string): Generator<Lexeme> {
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i] ?? "")) {
      i++;
      continue;
    }
    const negated = text[i] === "-" && i + 1 < text.length && !/\s/.test(text[i + 1] ?? "");
    if (negated) i++;
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      // An unbalanced quote is read as if it were not there.
      if (close === -1) {
        i++;
        continue;
      }
      yield { text: text.slice(i + 1, close), quoted: true, negated };
      i = close + 1;
      continue;
    }
    let end = i;
    while (end < text.length && !/\s/.test(text[end] ?? "") && text[end] !== '"') end++;
    yield { text: text.slice(i, end), quoted: false, negated };
    i = end;
  }
}

function toNode(lexeme: Lexeme): QueryNode | undefined {
  const found = words(lexeme.text)
    .map((w) => w.text)
    .slice(0, LIMITS.phraseWords);
  if (found.length === 0) return undefined;
  // A hyphenated code or compound (ERASMUS-EDU-2024, co-financing) is read as a phrase.
  if (found.length > 1 || lexeme.quoted) return { kind: "phrase", words: found };
  return { kind: "word", text: found[0] as string, prefix: false };
}

/** Search as you type: the last word also matches words it begins. */
function markLastWordAsPrefix(clauses: QueryNode[][]): void {
  const last = clauses.at(-1);
  if (last?.length === 1 && last[0]?.kind === "word") last[0] = { ...last[0], prefix: true };
}

/** The query as the user could have typed it, from the safe tree (for "did you mean" and the page). */
export function formatQuery(ast: QueryAst): string {
  const node = (n: QueryNode) => (n.kind === "word" ? n.text : `"${n.words.join(" ")}"`);
  return [...ast.clauses.map((c) => c.map(node).join(" OR ")), ...ast.excluded.map((n) => `-${node(n)}`)].join(" ");
}
