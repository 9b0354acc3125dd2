import { distance } from "fastest-levenshtein";
import type { NumberedTokens } from "./scored-fields.js";

/**
 * Every index token with its document frequency, a word it came from and its number: what
 * typo tolerance corrects against, what "did you mean" suggests, what ranking weighs and
 * how the stored scorer's fields name it.
 */
export interface VocabularyRow {
  term: string;
  word: string;
  df: number;
  number: number;
}

export interface Correction {
  term: string;
  word: string;
}

/**
 * Beyond this many changed rows (or a tenth of the vocabulary, whichever is more) the changes
 * are merged into a new base: until then a write costs a copy of the changes, not of the whole.
 */
const MAX_CHANGED = 2000;

/**
 * A vocabulary is a base of rows plus the rows changed since it was built (a count of zero:
 * the token is gone), so a process following the writes takes over what did not change
 * instead of building a hundred thousand rows again every write. Either way it answers as one
 * built afresh from the same rows.
 */
export class Vocabulary implements NumberedTokens {
  readonly #base: Terms;
  readonly #changed: Terms;

  constructor(
    rows: readonly VocabularyRow[],
    /** Number of searchable documents, for inverse document frequency. */
    readonly documents: number,
    changed?: readonly VocabularyRow[],
    base?: Terms,
  ) {
    this.#base = base ?? new Terms(rows.filter((row) => row.df > 0));
    this.#changed = new Terms(changed ?? []);
  }

  /** This vocabulary with the rows as they now are (df 0: gone) and the new number of documents. */
  updated(rows: readonly VocabularyRow[], documents: number): Vocabulary {
    if (rows.length === 0 && documents === this.documents) return this;
    const changed = new Map(this.#changed.all);
    for (const row of rows) changed.set(row.term, row);
    if (changed.size > Math.max(MAX_CHANGED, this.#base.all.size / 10)) {
      const merged = new Map(this.#base.all);
      for (const [term, row] of changed) merged.set(term, row);
      return new Vocabulary([...merged.values()], documents);
    }
    return new Vocabulary([], documents, [...changed.values()], this.#base);
  }

  has(term: string): boolean {
    return this.df(term) > 0;
  }

  df(term: string): number {
    const changed = this.#changed.all.get(term);
    return changed ? changed.df : (this.#base.all.get(term)?.df ?? 0);
  }

  numberOf(term: string): number | undefined {
    return (this.#changed.all.get(term) ?? this.#base.all.get(term))?.number;
  }

  tokenOf(number: number): string | undefined {
    // A token keeps its number for as long as its row exists, so the changed rows and the base never disagree.
    return this.#changed.byNumber.get(number) ?? this.#base.byNumber.get(number);
  }

  /** Whether some token starts with the prefix. */
  hasPrefix(prefix: string): boolean {
    let found = false;
    this.#eachStartingWith(prefix, () => {
      found = true;
      return true;
    });
    return found;
  }

  /** The tokens that start with the prefix, the most frequent first, at most max of them. */
  completions(prefix: string, max: number): string[] {
    const found: VocabularyRow[] = [];
    this.#eachStartingWith(prefix, (row) => {
      found.push(row);
      return false;
    });
    found.sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1));
    return found.slice(0, max).map((row) => row.term);
  }

  /** Every row whose token starts with the prefix, until `stop` says so. */
  #eachStartingWith(prefix: string, stop: (row: VocabularyRow) => boolean): void {
    for (const terms of [this.#base, this.#changed]) {
      const sorted = terms.sorted;
      for (let i = terms.firstFrom(prefix); i < sorted.length; i++) {
        const term = sorted[i] as string;
        if (!term.startsWith(prefix)) break;
        if (terms === this.#base && this.#changed.all.has(term)) continue;
        if (stop(terms.all.get(term) as VocabularyRow)) return;
      }
    }
  }

  /** The most frequent tokens, for warming up a cache. */
  mostFrequent(count: number): VocabularyRow[] {
    const rows = [...this.#base.all.values()].filter((row) => !this.#changed.all.has(row.term));
    for (const row of this.#changed.all.values()) if (row.df > 0) rows.push(row);
    return rows.sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1)).slice(0, count);
  }

  /**
   * The most frequent token whose stem (or word) is within maxEdits edits of the given stem (or
   * word); of equally near and frequent ones, the first in alphabetical order.
   */
  closest(text: string, maxEdits: number, compareWith: "term" | "word"): Correction | undefined {
    let best: { row: VocabularyRow; edits: number } | undefined;
    const letters = lettersOf(text);
    for (const terms of [this.#base, this.#changed]) {
      for (let length = text.length - maxEdits; length <= text.length + maxEdits; length++) {
        const sameLength = terms.byLength[compareWith].get(length);
        if (!sameLength) continue;
        for (let i = 0; i < sameLength.rows.length; i++) {
          // An edit adds or removes at most two letters from the set of letters a word has: most words fail this at once.
          if (bitCount(letters ^ (sameLength.letters[i] as number)) > 2 * maxEdits) continue;
          const row = sameLength.rows[i] as VocabularyRow;
          if (terms === this.#base && this.#changed.all.has(row.term)) continue;
          const edits = distance(text, row[compareWith]);
          if (edits > maxEdits) continue;
          if (
            !best ||
            edits < best.edits ||
            (edits === best.edits && (row.df > best.row.df || (row.df === best.row.df && row.term < best.row.term)))
          )
            best = { row, edits };
        }
      }
    }
    return best && { term: best.row.term, word: best.row.word };
  }
}

/** Rows by token, the tokens in order, tokens by number, and the rows by the length of their token and of their word. */
class Terms {
  /** Every row given, also those at zero (a change that removes the token). */
  readonly all = new Map<string, VocabularyRow>();
  readonly byNumber = new Map<number, string>();
  /** The tokens with a count, sorted. */
  readonly sorted: string[];
  readonly byLength = { term: new Map<number, SameLength>(), word: new Map<number, SameLength>() };

  constructor(rows: Iterable<VocabularyRow>) {
    const counted: string[] = [];
    for (const row of rows) {
      this.all.set(row.term, row);
      this.byNumber.set(row.number, row.term);
      if (row.df <= 0) continue;
      counted.push(row.term);
      for (const key of ["term", "word"] as const) {
        const byLength = this.byLength[key];
        let sameLength = byLength.get(row[key].length);
        if (!sameLength) {
          sameLength = { rows: [], letters: [] };
          byLength.set(row[key].length, sameLength);
        }
        sameLength.rows.push(row);
        sameLength.letters.push(lettersOf(row[key]));
      }
    }
    this.sorted = counted.sort();
  }

  /** Where the first token at or after the text is in the sorted tokens (binary search). */
  firstFrom(text: string): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.sorted[mid] as string) < text) low = mid + 1;
      else high = mid;
    }
    return low;
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
