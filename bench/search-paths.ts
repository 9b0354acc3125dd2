import { toSearchParams } from "../src/modules/search/search.types.js";
import { queryMix } from "./search-query-mix.js";

/**
 * Search pages for distinct queries of the search benchmark's mix, none asked twice, so no
 * page or result comes from a cache: more than a benchmark asks (about 60 000).
 */
export function distinctSearchPaths(): string[] {
  const seen = new Set<string>();
  for (let seed = 100; seen.size < 60_000 && seed < 400; seed++) {
    for (const query of queryMix(1000, seed)) seen.add(`/zoeken?${toSearchParams(query)}`);
  }
  return [...seen];
}
