import { deserialize, serialize } from "node:v8";
import type { Kysely } from "kysely";
import { SEARCH_DEFAULTS } from "../../config.js";
import { FreshCache } from "../../platform/cache/fresh-cache.js";
import type { Db, DialectKind } from "../../platform/db/connection.js";
import type { Database } from "../../platform/db/schema.js";
import { type CallFacts, callFacts } from "../calls/call-facts.js";
import type { AfterWrite } from "../history/save-entity.js";
import { postgresBackend } from "./backends/postgres.js";
import type { SearchBackend } from "./backends/search-backend.js";
import { sqliteFts5Backend } from "./backends/sqlite-fts5.js";
import { callFactsSources } from "./document-texts.js";
import { facetValues } from "./facet-values.js";
import { applyFacets, type Clock, clockAt, prepareClockSets } from "./facets.js";
import {
  type CacheBudgets,
  currentGeneration,
  type IndexSnapshot,
  indexSnapshot,
  type SnapshotDocument,
} from "./index-snapshot.js";
import { postingFor } from "./posting-lookup.js";
import { type Alternative, compileQuery } from "./query-compiler.js";
import { matchQuery } from "./query-matcher.js";
import { formatQuery, parseQuery } from "./query-parser.js";
import { orderResults, prepareStandingOrders, standingOrdersUntil } from "./result-order.js";
import { MAX_PAGE, type SearchQueryInput, type SearchResult, searchQuerySchema, toSearchParams } from "./search.types.js";
import { buildHits } from "./search-hits.js";
import { createSearchIndexer, reindexAll } from "./search-indexer.js";
import { STOPWORDS } from "./stopwords.js";
import { stemsInAnyLanguage } from "./text-analysis.js";
import { standardTranslator } from "./translation/translator.js";

export function backendFor(kind: DialectKind): SearchBackend {
  return kind === "postgres" ? postgresBackend : sqliteFts5Backend;
}

export interface SearchService {
  /**
   * `generation`: one the caller read during this request (for its page cache); the search then
   * answers from a snapshot at least that new instead of reading the generation again.
   */
  search(query: SearchQueryInput, now?: Date, generation?: number): Promise<SearchResult>;
  /** Pass to createCatalogueWriter(db, [service.indexer]) so every write updates the index. */
  indexer: AfterWrite;
  reindexAll(): Promise<{ documents: number }>;
  /** The current index generation: every catalogue write moves it, whichever process writes. */
  generation(): Promise<number>;
  /**
   * The decision facts of the calls among a result's hits, for their cards, by call id: what
   * they are made of is read once per call and kept until a write changes it.
   */
  callFacts(result: SearchResult, now: Date): Promise<Map<number, CallFacts>>;
  /**
   * Loads the postings of the most frequent words into the cache and sorts the catalogue
   * in its standing orders, in the background of a starting server, stopping after `seconds`.
   */
  warmUp(options?: { now?: Date; seconds?: number }): Promise<{ words: number; bytes: number }>;
}

export interface SearchOptions {
  /** Memory for the postings of the words searched for (SEARCH_CACHE_MB). */
  cacheBytes?: number;
  /** Memory for the texts of the documents scored and shown (SEARCH_TEXT_CACHE_MB). */
  textBytes?: number;
  /** Results of recent searches kept while they hold (SEARCH_RESULT_CACHE_ENTRIES; 0 keeps none). */
  resultEntries?: number;
}

export function createSearchService(db: Pick<Db, "kysely" | "kind">, options: SearchOptions = {}): SearchService {
  const backend = backendFor(db.kind);
  const budgets: CacheBudgets = {
    postings: options.cacheBytes ?? SEARCH_DEFAULTS.cacheMb * 1024 * 1024,
    texts: options.textBytes ?? SEARCH_DEFAULTS.textMb * 1024 * 1024,
  };
  // Kept serialized: a thousand results as objects are tens of thousands of small objects the garbage collector
  // copies and traces again and again; as buffers they are a few megabytes outside its heap.
  const results = new FreshCache<Buffer>(options.resultEntries ?? SEARCH_DEFAULTS.resultEntries);
  return {
    search: (query, now = new Date(), generation?: number) =>
      search(db.kysely, backend, query, now, budgets, results, generation),
    indexer: createSearchIndexer(backend),
    reindexAll: () => reindexAll(db.kysely, backend),
    generation: () => currentGeneration(db.kysely),
    callFacts: (result, now) => cardFacts(db.kysely, budgets, result, now),
    warmUp: ({ now = new Date(), seconds = Number.POSITIVE_INFINITY } = {}) =>
      warmUp(db.kysely, backend, budgets, clockAt(now), performance.now() + seconds * 1000),
  };
}

/** Tokens of words no query requires (they are dropped unless they are all a query has). */
const STOPWORD_TOKENS = new Set([...STOPWORDS].flatMap(stemsInAnyLanguage));

/**
 * The words that cost the database the most to list are the frequent ones, and they are
 * what visitors type: the most frequent tokens are loaded up to three quarters of the cache,
 * one at a time, letting requests in between; then the most frequent as a last, half-typed
 * word (its prefix), which every search-as-you-type query has. They are used last to first
 * at the end, so the cache lets the rarest go first. A write does not undo it: the cache
 * follows writes.
 */
async function warmUp(db: Kysely<Database>, backend: SearchBackend, budgets: CacheBudgets, clock: Clock, until: number) {
  const next = () => indexSnapshot(db, budgets, undefined, (advanced) => carryOver(advanced, clock));
  let snapshot = await next();
  // Browsing without words needs the clock's facet sets and the standing orders: made now, not at a visitor's first search.
  await search(db, backend, {}, new Date(clock.now), budgets);
  prepareStandingOrders(snapshot, clock);
  const frequent = snapshot.vocabulary
    .mostFrequent(WARM_UP_WORDS)
    .filter(({ term }) => term.length >= 3 && !STOPWORD_TOKENS.has(term));
  const warmed: Alternative[] = [];
  const load = async (alternative: Alternative) => {
    await postingFor(db, backend, snapshot, alternative);
    warmed.push(alternative);
    await new Promise((resolve) => setImmediate(resolve));
    snapshot = await next();
  };
  const full = () => snapshot.postings.bytes > (budgets.postings * 3) / 4 || performance.now() > until;
  for (const { term } of frequent) {
    if (full()) break;
    await load({ kind: "term", token: term, boost: 1 });
  }
  for (const { term } of frequent.slice(0, WARM_UP_PREFIXES)) {
    if (performance.now() > until) break;
    await load({ kind: "prefix", token: term, boost: 1 });
  }
  for (const alternative of warmed.reverse()) await postingFor(db, backend, snapshot, alternative);
  return { words: warmed.length, bytes: snapshot.postings.bytes };
}

const WARM_UP_WORDS = 20_000;
const WARM_UP_PREFIXES = 1000;

async function search(
  db: Kysely<Database>,
  backend: SearchBackend,
  input: SearchQueryInput,
  now: Date,
  budgets: CacheBudgets,
  results?: FreshCache<Buffer>,
  generation?: number,
): Promise<SearchResult> {
  const query = searchQuerySchema.parse(input);
  const snapshot = await indexSnapshot(db, budgets, generation, (advanced) => carryOver(advanced, clockAt(now)));
  // Visitors repeat searches (a common word, a page 1 then a page 2 of the same list): the same words,
  // filters and page give the same result until the index or the clock changes it.
  const key = toSearchParams(query).toString();
  const kept = results?.get(key, snapshot.generation, now.getTime());
  if (kept) return deserialize(kept) as SearchResult;
  const parsed = parseQuery(query.q);
  // Built by the first search (the warm-up's, on a server), not while the process starts: reading the dictionary takes a while.
  const compiled = compileQuery(parsed, standardTranslator(), snapshot.vocabulary, { translate: query.translate });
  const clock = clockAt(now);

  const match = await matchQuery(compiled, (alternative) => postingFor(db, backend, snapshot, alternative), snapshot.all);
  const codeMatches = matchCodes(
    snapshot,
    parsed.clauses.flat().flatMap((n) => (n.kind === "word" ? [n.text] : n.words)),
  );
  const candidates = match ? match.candidates : snapshot.all.clone();
  const positionOf = (doc: SnapshotDocument) => snapshot.positionOf[doc.id] as number;
  for (const doc of codeMatches) candidates.add(positionOf(doc));
  for (const position of snapshot.scheduled) {
    if ((snapshot.docs[position]?.visibleFrom as number) > clock.now) candidates.remove(position);
  }
  const facets = applyFacets(candidates, query, clock, snapshot);
  const total = facets.results.size();

  const ordered = await orderResults(db, facets.results, {
    sort: query.sort,
    compiled,
    firstRank: match?.firstRank,
    contains: match?.contains,
    codeMatches: new Set(codeMatches.map(positionOf)),
    snapshot,
    clock,
    needed: query.page * query.pageSize,
  });
  const pageDocs = ordered.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  const result: SearchResult = {
    query,
    parsed,
    hits: await buildHits(db, snapshot, pageDocs, compiled, new Set(codeMatches), clock),
    total,
    page: query.page,
    pageCount: Math.min(MAX_PAGE, Math.max(1, Math.ceil(total / query.pageSize))),
    facets: facetValues(facets.counts, query, snapshot.labels),
    didYouMean: didYouMean(parsed, compiled.corrections),
    expansions: compiled.expansions,
    freshness: {
      generation: snapshot.generation,
      until: Math.min(facets.until, standingOrdersUntil(snapshot, clock), nextPublication(snapshot, clock)),
    },
  };
  results?.set(key, { value: serialize(result), ...result.freshness });
  return result;
}

async function cardFacts(db: Kysely<Database>, budgets: CacheBudgets, result: SearchResult, now: Date) {
  const { generation } = result.freshness;
  const snapshot = await indexSnapshot(db, budgets, generation, (advanced) => carryOver(advanced, clockAt(now)));
  const ids = result.hits.flatMap((hit) => (hit.type === "call" ? [hit.id] : []));
  const sources = await callFactsSources(db, snapshot.texts, ids, now);
  return new Map([...sources].map(([id, { row, parts }]) => [id, callFacts(row, parts, now)]));
}

/**
 * What searches derive from a snapshot, carried over from the one it was advanced from: a
 * write then costs a few comparisons per changed document instead of sorting the catalogue
 * in three orders and making the clock's sets again, which blocked the process for a
 * quarter of a second per write at 100 000 calls.
 */
function carryOver(snapshot: IndexSnapshot, clock: Clock): void {
  prepareStandingOrders(snapshot, clock);
  prepareClockSets(snapshot, clock);
}

/** The first moment a scheduled document becomes findable. */
function nextPublication(snapshot: IndexSnapshot, clock: Clock): number {
  let next = Number.POSITIVE_INFINITY;
  for (const position of snapshot.scheduled) {
    const from = snapshot.docs[position]?.visibleFrom ?? null;
    if (from !== null && from > clock.now && from < next) next = from;
  }
  return next;
}

/** Calls whose code the query names, alone or inside other words ("oproep 65", "ERASMUS-EDU-2024-PEX-COVE"). */
function matchCodes(snapshot: IndexSnapshot, words: string[]): SnapshotDocument[] {
  const found: SnapshotDocument[] = [];
  for (let from = 0; from < words.length; from++) {
    for (let to = from + 1; to <= Math.min(words.length, from + 8); to++) {
      const key = words.slice(from, to).join(" ");
      // A code is more than one ordinary word: it has a digit or several parts.
      if (to - from === 1 && !/[0-9]/.test(key)) continue;
      for (const doc of snapshot.byCode.get(key) ?? []) if (doc.type === "call") found.push(doc);
    }
  }
  return found;
}

function didYouMean(parsed: ReturnType<typeof parseQuery>, corrections: { from: string; to: string }[]): string | null {
  if (corrections.length === 0) return null;
  const replace = new Map(corrections.map((c) => [c.from, c.to]));
  return formatQuery({
    clauses: parsed.clauses.map((c) => c.map((n) => (n.kind === "word" ? { ...n, text: replace.get(n.text) ?? n.text } : n))),
    excluded: parsed.excluded,
  });
}
