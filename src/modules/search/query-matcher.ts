import { TypedFastBitSet } from "typedfastbitset";
import { contains, type PositionSet, sizeOf, unionInto } from "./position-set.js";
import type { Posting } from "./posting-cache.js";
import type { Alternative, CompiledQuery } from "./query-compiler.js";
import type { MayOccur } from "./relevance-scorer.js";

/**
 * A compiled query answered from the postings of its alternatives: a clause matches where
 * any of its alternatives does, the query where every clause does and no excluded word
 * does. The database lists each token's documents; combining them is set algebra over
 * snapshot positions, the same for every backend.
 */
export interface QueryMatch {
  candidates: TypedFastBitSet;
  /**
   * A first relevance of each result (undefined without words to rank by): per
   * clause its best alternative, weighted by how rare it is, its boost and the field it is
   * in (title and code, introduction, elsewhere). It picks the documents the shared BM25F
   * scorer then ranks exactly.
   */
  firstRank: ((results: TypedFastBitSet) => RankedResults) | undefined;
  /** Whether alternative a of clause c is in a field group of the document at a position. */
  contains: (position: number) => MayOccur;
}

/** Results by position, each with its first rank. */
export interface RankedResults {
  positions: Int32Array;
  ranks: Float64Array;
}

export type PostingOf = (alternative: Alternative) => Promise<Posting>;

const FIELD_WEIGHT = { title: 10, intro: 4, all: 1 };

interface Weighted {
  weight: number;
  posting: Posting;
}

/** Undefined when the query has no words at all: then every document is a candidate. */
export async function matchQuery(
  compiled: CompiledQuery,
  postingOf: PostingOf,
  all: TypedFastBitSet,
): Promise<QueryMatch | undefined> {
  if (compiled.must.length === 0 && compiled.not.length === 0) return undefined;
  const documents = Math.max(1, all.size());
  const clauses: Weighted[][] = [];
  let candidates = compiled.must.length ? undefined : all.clone();
  for (const clause of compiled.must) {
    const postings = await Promise.all(clause.map(postingOf));
    clauses.push(clause.map((a, i) => weighted(a.boost, postings[i] as Posting, documents)));
    const matching = unionOf(postings, "all");
    candidates = candidates ? candidates.intersection(matching) : matching;
    // Nothing can match any more: the remaining words need not be looked up.
    if (candidates.isEmpty()) return { candidates, firstRank: undefined, contains: containsIn(clauses) };
  }
  const result = (candidates as TypedFastBitSet).intersection(all);
  for (const clause of compiled.not) result.difference(unionOf(await Promise.all(clause.map(postingOf)), "all"));
  return {
    candidates: result,
    firstRank: clauses.length ? (results) => firstRank(clauses, results) : undefined,
    contains: containsIn(clauses),
  };
}

function containsIn(clauses: Weighted[][]): (position: number) => MayOccur {
  return (position) => (c, a, group) => {
    const posting = clauses[c]?.[a]?.posting;
    return posting ? contains(posting[group], position) : true;
  };
}

export function unionOf(postings: Posting[], field: keyof Posting): TypedFastBitSet {
  const set = new TypedFastBitSet();
  for (const posting of postings) unionInto(set, posting[field]);
  return set;
}

/** BM25's inverse document frequency, from the size of the posting itself. */
function weighted(boost: number, posting: Posting, documents: number): Weighted {
  const df = sizeOf(posting.all);
  return { weight: boost * Math.log(1 + (documents - df + 0.5) / (df + 0.5)), posting };
}

/** Scratch space by position, reused: a search's ranking runs without a pause, and allocating it per search was its main cost. */
let scratch = new Float32Array(0);

/**
 * Per clause, each result counts the highest weight of the sets it is in (the weight of an
 * alternative times that of the field): visiting the sets from the highest weight down and
 * taking out what has its weight, a result is visited once per clause, however many
 * alternatives and fields have it.
 */
function firstRank(clauses: Weighted[][], results: TypedFastBitSet): RankedResults {
  const size = results.words.length * 32;
  if (scratch.length < size) scratch = new Float32Array(size);
  const total = scratch;
  total.fill(0, 0, size);
  for (const clause of clauses) {
    const levels = clause
      .flatMap(({ weight, posting }) => FIELDS.map((field) => ({ weight: weight * FIELD_WEIGHT[field], set: posting[field] })))
      .filter((level) => level.weight > 0)
      .sort((a, b) => b.weight - a.weight);
    const left = results.clone();
    for (const { weight, set } of levels) {
      // As a weight stored by position, then added: the same rounding as the sum of the stored best weights.
      if (!takeFrom(left, set, total, Math.fround(weight))) break;
    }
  }
  const count = results.size();
  const ranked = { positions: new Int32Array(count), ranks: new Float64Array(count) };
  let i = 0;
  const words = results.words;
  for (let k = 0; k < words.length; k++) {
    let word = words[k] as number;
    while (word !== 0) {
      const lowest = word & -word;
      const position = k * 32 + 31 - Math.clz32(lowest);
      ranked.positions[i] = position;
      ranked.ranks[i++] = total[position] as number;
      word ^= lowest;
    }
  }
  return ranked;
}

const FIELDS = ["title", "intro", "all"] as const;

/** Adds the weight to every position both in `left` and the set, and takes those out of `left`; false once `left` is empty. */
function takeFrom(left: TypedFastBitSet, set: PositionSet, total: Float32Array, weight: number): boolean {
  const open = left.words;
  if (set instanceof Int32Array) {
    for (const position of set) {
      const k = position >>> 5;
      const bit = 1 << (position & 31);
      if (k >= open.length || ((open[k] as number) & bit) === 0) continue;
      total[position] = (total[position] as number) + weight;
      open[k] = (open[k] as number) & ~bit;
    }
  } else {
    const words = set.words;
    const n = Math.min(words.length, open.length);
    for (let k = 0; k < n; k++) {
      let word = (words[k] as number) & (open[k] as number);
      if (word === 0) continue;
      open[k] = (open[k] as number) & ~word;
      while (word !== 0) {
        const lowest = word & -word;
        const position = k * 32 + 31 - Math.clz32(lowest);
        total[position] = (total[position] as number) + weight;
        word ^= lowest;
      }
    }
  }
  return !left.isEmpty();
}
