import { distance } from "fastest-levenshtein";

/**
 * Every index token with its document frequency and a word it came from: what typo
 * tolerance corrects against, what "did you mean" suggests and what ranking weighs.
 */
export interface VocabularyRow {
  term: string;
  word: string;
  df: number;
}

export interface Correction {
  term: string;
  word: string;
}

export class Vocabulary {
  readonly #rows = new Map<string, VocabularyRow>();
  readonly #sorted: string[];
  readonly #byLength = { term: new Map<number, VocabularyRow[]>(), word: new Map<number, VocabularyRow[]>() };

  constructor(
    rows: readonly VocabularyRow[],
    /** Number of searchable documents, for inverse document frequency. */
    readonly documents: number,
  ) {
    for (const row of rows) {
      if (row.df <= 0) continue;
      this.#rows.set(row.term, row);
      for (const key of ["term", "word"] as const) {
        const byLength = this.#byLength[key];
        const sameLength = byLength.get(row[key].length);
        if (sameLength) sameLength.push(row);
        else byLength.set(row[key].length, [row]);
      }
    }
    this.#sorted = [...this.#rows.keys()].sort();
  }

  has(term: string): boolean {
    return this.#rows.has(term);
  }

  df(term: string): number {
    return this.#rows.get(term)?.df ?? 0;
  }

  /** Whether some token starts with the prefix. */
  hasPrefix(prefix: string): boolean {
    return this.#sorted[this.#firstFrom(prefix)]?.startsWith(prefix) ?? false;
  }

  /** The tokens that start with the prefix, the most frequent first, at most max of them. */
  completions(prefix: string, max: number): string[] {
    const found: VocabularyRow[] = [];
    for (let i = this.#firstFrom(prefix); i < this.#sorted.length; i++) {
      const term = this.#sorted[i] as string;
      if (!term.startsWith(prefix)) break;
      found.push(this.#rows.get(term) as VocabularyRow);
    }
    found.sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1));
    return found.slice(0, max).map((row) => row.term);
  }

  /** Where the first token at or after the text is in the sorted tokens (binary search). */
  #firstFrom(text: string): number {
    let low = 0;
    let high = this.#sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.#sorted[mid] as string) < text) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The most frequent tokens, for warming up a cache. */
  mostFrequent(count: number): VocabularyRow[] {
    return [...this.#rows.values()].sort((a, b) => b.df - a.df).slice(0, count);
  }

  /** The most frequent token whose stem (or word) is within maxEdits edits of the given stem (or word). */
  closest(text: string, maxEdits: number, compareWith: "term" | "word"): Correction | undefined {
    let best: { row: VocabularyRow; edits: number } | undefined;
    for (let length = text.length - maxEdits; length <= text.length + maxEdits; length++) {
      for (const row of this.#byLength[compareWith].get(length) ?? []) {
        const edits = distance(text, row[compareWith]);
        if (edits > maxEdits) continue;
        if (!best || edits < best.edits || (edits === best.edits && row.df > best.row.df)) best = { row, edits };
      }
    }
    return best && { term: best.row.term, word: best.row.word };
  }
}

/** One edit from 5 letters, two from 9: short words have too many neighbours. */
export function allowedEdits(word: string): number {
  if (word.length >= 9) return 2;
  return word.length >= 5 ? 1 : 0;
}
