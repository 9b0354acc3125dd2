import type { SearchQueryInput } from "../src/modules/search/search.types.js";
import { BENEFICIARY_TYPES, catalogueLanguages, PROGRAMMES, random, THEMES } from "./search-catalogue-generator.js";

/**
 * The fixed mix of searches the benchmark times: one to three words in Dutch or English,
 * drawn with the catalogue's own Zipf spread from the words a visitor would type (no
 * stopwords), typos, codes, phrases, a last word typed half, browsing by facets alone, and facet
 * filters on a good share of text searches.
 */
export function queryMix(count = 240, seed = 7): SearchQueryInput[] {
  const r = random(seed);
  const languages = catalogueLanguages();
  const word = () => (r.next() < 0.65 ? languages.nl : languages.en).queryWord();
  const words = (n: number) => Array.from({ length: n }, word).join(" ");
  const typo = (w: string) => {
    const i = r.int(1, Math.max(1, w.length - 2));
    return `${w.slice(0, i)}${w.slice(i + 1)}`;
  };
  const longWord = () => {
    for (;;) {
      const w = word();
      if (w.length >= 7) return w;
    }
  };
  const facets = (): Partial<SearchQueryInput> => {
    const f: Partial<SearchQueryInput> = {};
    if (r.next() < 0.5) f.statuses = ["open"];
    if (r.next() < 0.4) f.themes = [r.pick(THEMES)];
    if (r.next() < 0.3) f.beneficiaryTypes = [r.pick(BENEFICIARY_TYPES)];
    if (r.next() < 0.2) f.programmes = [r.pick(PROGRAMMES)[0]];
    if (r.next() < 0.2) f.deadlineWindows = [r.pick(["30d", "90d", "year", "later"] as const)];
    if (r.next() < 0.15) f.languages = ["en"];
    return f;
  };
  const mix: SearchQueryInput[] = [];
  for (let i = 0; i < count; i++) {
    const kind = r.next();
    let q: string;
    if (kind < 0.3) q = words(1);
    else if (kind < 0.5) q = words(2);
    else if (kind < 0.6) q = words(3);
    else if (kind < 0.68) q = typo(longWord());
    else if (kind < 0.74) q = r.next() < 0.5 ? `oproep ${r.int(1, 90_000)}` : `${r.pick(PROGRAMMES)[1]}-${r.int(2019, 2027)}`;
    else if (kind < 0.78) q = `"${words(2)}"`;
    else if (kind < 0.82) q = `${word()} ${word().slice(0, 4)}`;
    else q = "";
    const withFacets = q === "" || r.next() < 0.4;
    const sort = r.next() < 0.15 ? (r.pick(["deadline", "newest"] as const) as SearchQueryInput["sort"]) : undefined;
    mix.push({ q, ...(withFacets ? facets() : {}), ...(sort ? { sort } : {}), page: r.next() < 0.1 ? 2 : 1 });
  }
  return mix;
}
