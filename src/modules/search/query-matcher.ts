import { TypedFastBitSet } from "typedfastbitset";
import type { TokenOrPhrase } from "./backends/search-backend.js";
import type { Posting } from "./posting-cache.js";
import type { CompiledQuery } from "./query-compiler.js";
import type { Vocabulary } from "./vocabulary.js";

/**
 * A compiled query answered from the postings of its alternatives: a clause matches where
 * any of its alternatives does, the query where every clause does and no excluded word
 * does. The database lists each token's documents; combining them is set algebra over
 * snapshot positions, the same for every backend.
 */
export interface QueryMatch {
  candidates: TypedFastBitSet;
  /**
   * A first relevance of a document by position (undefined without words to rank by): per
   * clause its best alternative, weighted by how rare it is, its boost and the field it is
   * in (title and code, introduction, elsewhere). It picks the documents the shared BM25F
   * scorer then ranks exactly.
   */
  firstRank: ((position: number) => number) | undefined;
}

export type PostingOf = (alternative: TokenOrPhrase) => Promise<Posting>;

/** A prefix matches its most frequent completions, like max_expansions elsewhere: "pro" cannot mean every word. */
export const MAX_EXPANSIONS = 50;
const FIELD_WEIGHT = { title: 10, intro: 4, all: 1 };

interface Weighted {
  weight: number;
  posting: Posting;
}

/** Undefined when the query has no words at all: then every document is a candidate. */
export async function matchQuery(
  compiled: CompiledQuery,
  postingOf: PostingOf,
  index: { all: TypedFastBitSet; vocabulary: Vocabulary },
): Promise<QueryMatch | undefined> {
  if (compiled.must.length === 0 && compiled.not.length === 0) return undefined;
  const documents = Math.max(1, index.all.size());
  const clauses: Weighted[][] = [];
  let candidates = compiled.must.length ? undefined : index.all.clone();
  for (const clause of compiled.must) {
    const postings = await Promise.all(clause.map((a) => alternativePosting(a, postingOf, index.vocabulary)));
    clauses.push(clause.map((a, i) => weighted(a.boost, postings[i] as Posting, documents)));
    const matching = unionOf(postings, "all");
    candidates = candidates ? candidates.intersection(matching) : matching;
    // Nothing can match any more: the remaining words need not be looked up.
    if (candidates.isEmpty()) return { candidates, firstRank: undefined };
  }
  const result = (candidates as TypedFastBitSet).intersection(index.all);
  for (const clause of compiled.not) {
    const postings = await Promise.all(clause.map((a) => alternativePosting(a, postingOf, index.vocabulary)));
    result.difference(unionOf(postings, "all"));
  }
  return { candidates: result, firstRank: clauses.length ? (position) => firstRank(clauses, position) : undefined };
}

/** A token or phrase as the database lists it; a prefix as the union of its completions. */
async function alternativePosting(
  alternative: CompiledQuery["must"][number][number],
  postingOf: PostingOf,
  vocabulary: Vocabulary,
): Promise<Posting> {
  if (alternative.kind !== "prefix") return postingOf(alternative);
  const completions = vocabulary.completions(alternative.token, MAX_EXPANSIONS);
  const postings = await Promise.all(completions.map((token) => postingOf({ kind: "term", token, boost: alternative.boost })));
  return { all: unionOf(postings, "all"), title: unionOf(postings, "title"), intro: unionOf(postings, "intro") };
}

function unionOf(postings: Posting[], field: keyof Posting): TypedFastBitSet {
  const set = new TypedFastBitSet();
  for (const posting of postings) set.union(posting[field]);
  return set;
}

/** BM25's inverse document frequency, from the size of the posting itself. */
function weighted(boost: number, posting: Posting, documents: number): Weighted {
  const df = posting.all.size();
  return { weight: boost * Math.log(1 + (documents - df + 0.5) / (df + 0.5)), posting };
}

function firstRank(clauses: Weighted[][], position: number): number {
  let score = 0;
  for (const clause of clauses) {
    let best = 0;
    for (const { weight, posting } of clause) {
      const field = posting.title.has(position)
        ? FIELD_WEIGHT.title
        : posting.intro.has(position)
          ? FIELD_WEIGHT.intro
          : posting.all.has(position)
            ? FIELD_WEIGHT.all
            : 0;
      best = Math.max(best, weight * field);
    }
    score += best;
  }
  return score;
}
