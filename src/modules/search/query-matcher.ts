import { TypedFastBitSet } from "typedfastbitset";
import { contains, forEachIn, type PositionSet, sizeOf, unionInto } from "./position-set.js";
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
let scratch = { best: new Float32Array(0), total: new Float32Array(0) };

/**
 * Walks the sets field by field instead of asking every result about every alternative.
 */
function firstRank(clauses: Weighted[][], results: TypedFastBitSet): RankedResults {
  const size = results.words.length * 32;
  if (scratch.total.length < size) scratch = { best: new Float32Array(size), total: new Float32Array(size) };
  const { best, total } = scratch;
  total.fill(0, 0, size);
  for (const clause of clauses) {
    best.fill(0, 0, size);
    for (const { weight, posting } of clause) {
      for (const field of ["all", "intro", "title"] as const) {
        raise(best, posting[field], results, weight * FIELD_WEIGHT[field]);
      }
    }
    for (let i = 0; i < size; i++) total[i] = (total[i] as number) + (best[i] as number);
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

/** best[p] = max(best[p], value) for every position p in both sets. */
function raise(best: Float32Array, set: PositionSet, results: TypedFastBitSet, value: number): void {
  forEachIn(set, results, (position) => {
    if (value > (best[position] as number)) best[position] = value;
  });
}
