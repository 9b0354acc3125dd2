import type { Kysely } from "kysely";
import { TypedFastBitSet } from "typedfastbitset";
import type { Database } from "../../platform/db/schema.js";
import type { SearchBackend, TokenOrPhrase } from "./backends/search-backend.js";
import type { IndexSnapshot } from "./index-snapshot.js";
import { compact, toBitSet } from "./position-set.js";
import { PHRASE, type Posting, prefixKey, TERM, toPosting } from "./posting-cache.js";
import type { Alternative } from "./query-compiler.js";
import { unionOf } from "./query-matcher.js";

/**
 * A half-typed last word matches its ten most frequent completions (besides the word
 * itself): "pro" cannot mean every word, and each further letter narrows it. Listing the
 * rarer completions is what a prefix costs the database.
 */
export const MAX_EXPANSIONS = 10;

/**
 * The documents of one query alternative, from the snapshot's posting cache or else the
 * database: a token or phrase as the database lists it, a prefix as the union of its
 * completions in the vocabulary, those already cached taken from the cache and the rest
 * asked for in one query.
 */
export function postingFor(
  db: Kysely<Database>,
  backend: SearchBackend,
  snapshot: IndexSnapshot,
  alternative: Alternative,
): Promise<Posting> {
  const load = (alternatives: TokenOrPhrase[]) => async () =>
    toPosting(await backend.postings(db, alternatives), snapshot.positionOf);
  if (alternative.kind === "term")
    return snapshot.postings.get(`${TERM}${alternative.token}`, snapshot.generation, load([alternative]));
  if (alternative.kind === "near") return nearPosting(db, backend, snapshot, alternative.tokens);
  if (alternative.kind === "phrase") {
    return snapshot.postings.get(`${PHRASE}${alternative.tokens.join(" ")}`, snapshot.generation, async () => {
      // Only where the phrase is comes from the database; in the title or introduction is taken to be where
      // all its words are there too: enough for a first rank, and the scorer looks in the text itself.
      const all = toPosting({ all: await backend.documents(db, [alternative]), title: [], intro: [] }, snapshot.positionOf).all;
      const words = await Promise.all(
        alternative.tokens.map((token) => postingFor(db, backend, snapshot, { kind: "term", token, boost: 1 })),
      );
      const within = (field: "title" | "intro") => {
        const set = toBitSet(all);
        for (const word of words) set.intersection(toBitSet(word[field]));
        return compact(set);
      };
      return { all, title: within("title"), intro: within("intro") };
    });
  }
  const completions = snapshot.vocabulary.completions(alternative.token, MAX_EXPANSIONS);
  return snapshot.postings.get(prefixKey(alternative.token, completions), snapshot.generation, async () => {
    const cached: Posting[] = [];
    const rest: TokenOrPhrase[] = [];
    for (const token of completions) {
      const posting = snapshot.postings.peek(`${TERM}${token}`);
      if (posting) cached.push(posting);
      else rest.push({ kind: "term", token, boost: alternative.boost });
    }
    if (rest.length) cached.push(await load(rest)());
    return {
      all: compact(unionOf(cached, "all")),
      title: compact(unionOf(cached, "title")),
      intro: compact(unionOf(cached, "intro")),
    };
  });
}

/**
 * Words near each other: the documents that have them all, in the title or introduction
 * where they all are there, from the postings of the words themselves (cached as words are);
 * how near they stand is for the scorer, which reads the text.
 */
async function nearPosting(
  db: Kysely<Database>,
  backend: SearchBackend,
  snapshot: IndexSnapshot,
  tokens: string[],
): Promise<Posting> {
  const words = await Promise.all(tokens.map((token) => postingFor(db, backend, snapshot, { kind: "term", token, boost: 1 })));
  const within = (field: keyof Posting) => {
    const [first, ...rest] = words;
    if (!first) return compact(new TypedFastBitSet());
    const set = toBitSet(first[field]);
    for (const word of rest) set.intersection(toBitSet(word[field]));
    return compact(set);
  };
  return { all: within("all"), title: within("title"), intro: within("intro") };
}
