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
  readonly #byLength = { term: new Map<number, SameLength>(), word: new Map<number, SameLength>() };

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
        let sameLength = byLength.get(row[key].length);
        if (!sameLength) {
          sameLength = { rows: [], letters: [] };
          byLength.set(row[key].length, sameLength);
        }
        sameLength.rows.push(row);
        sameLength.letters.push(lettersOf(row[key]));
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
    const letters = lettersOf(text);
    for (let length = text.length - maxEdits; length <= text.length + maxEdits; length++) {
      const sameLength = this.#byLength[compareWith].get(length);
      if (!sameLength) continue;
      for (let i = 0; i < sameLength.rows.length; i++) {
        // An edit adds or removes at most two letters from the set of letters a word has: most words fail this at once.
        if (bitCount(letters ^ (sameLength.letters[i] as number)) > 2 * maxEdits) continue;
        const row = sameLength.rows[i] as VocabularyRow;
        const edits = distance(text, row[compareWith]);
        if (edits > maxEdits) continue;
        if (!best || edits < best.edits || (edits === best.edits && row.df > best.row.df)) best = { row, edits };
      }
    }
    return best && { term: best.row.term, word: best.row.word };
  }
}

interface SameLength {
  rows: VocabularyRow[];
  /** The letters each word has, as bits (a-z, digits sharing the rest). */
  letters: number[];
}

function lettersOf(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bits |= 1 << (code >= 97 && code <= 122 ? code - 97 : 26 + (code % 6));
  }
  return bits;
}

function bitCount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** One edit from 5 letters, two from 9: short words have too many neighbours. */
export function allowedEdits(word: string): number {
  if (word.length >= 9) return 2;
  return word.length >= 5 ? 1 : 0;
}
