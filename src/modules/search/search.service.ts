import type { Kysely } from "kysely";
import type { Db, DialectKind } from "../../platform/db/connection.js";
import type { Database } from "../../platform/db/schema.js";
import type { AfterWrite } from "../history/save-entity.js";
import { postgresBackend } from "./backends/postgres.js";
import type { SearchBackend, TokenOrPhrase } from "./backends/search-backend.js";
import { sqliteFts5Backend } from "./backends/sqlite-fts5.js";
import { facetValues } from "./facet-values.js";
import { applyFacets, clockAt } from "./facets.js";
import { loadGlossary } from "./glossary.js";
import { type IndexSnapshot, indexSnapshot, type SnapshotDocument } from "./index-snapshot.js";
import { PHRASE, TERM, toPosting } from "./posting-cache.js";
import { compileQuery } from "./query-compiler.js";
import { matchQuery } from "./query-matcher.js";
import { formatQuery, parseQuery } from "./query-parser.js";
import { orderResults } from "./result-order.js";
import { MAX_PAGE, type SearchQueryInput, type SearchResult, searchQuerySchema } from "./search.types.js";
import { buildHits } from "./search-hits.js";
import { createSearchIndexer, reindexAll } from "./search-indexer.js";

export function backendFor(kind: DialectKind): SearchBackend {
  return kind === "postgres" ? postgresBackend : sqliteFts5Backend;
}

export interface SearchService {
  search(query: SearchQueryInput, now?: Date): Promise<SearchResult>;
  /** Pass to createCatalogueWriter(db, [service.indexer]) so every write updates the index. */
  indexer: AfterWrite;
  reindexAll(): Promise<{ documents: number }>;
}

export interface SearchOptions {
  /** Memory for the postings of the words searched for, per index generation (SEARCH_CACHE_MB). */
  cacheBytes?: number;
}

const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

export function createSearchService(db: Pick<Db, "kysely" | "kind">, options: SearchOptions = {}): SearchService {
  const backend = backendFor(db.kind);
  const cacheBytes = options.cacheBytes ?? DEFAULT_CACHE_BYTES;
  return {
    search: (query, now = new Date()) => search(db.kysely, backend, query, now, cacheBytes),
    indexer: createSearchIndexer(backend),
    reindexAll: () => reindexAll(db.kysely, backend),
  };
}

const glossary = loadGlossary();

async function search(
  db: Kysely<Database>,
  backend: SearchBackend,
  input: SearchQueryInput,
  now: Date,
  cacheBytes = DEFAULT_CACHE_BYTES,
): Promise<SearchResult> {
  const query = searchQuerySchema.parse(input);
  const snapshot = await indexSnapshot(db, cacheBytes);
  const parsed = parseQuery(query.q);
  const compiled = compileQuery(parsed, glossary, snapshot.vocabulary);
  const clock = clockAt(now);

  const match = await matchQuery(compiled, (alternative) => cachedPosting(db, backend, snapshot, alternative), snapshot);
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
    codeMatches: new Set(codeMatches.map(positionOf)),
    snapshot,
    clock,
    needed: query.page * query.pageSize,
  });
  const pageDocs = ordered.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  return {
    query,
    parsed,
    hits: await buildHits(db, pageDocs, compiled, new Set(codeMatches), clock),
    total,
    page: query.page,
    pageCount: Math.min(MAX_PAGE, Math.max(1, Math.ceil(total / query.pageSize))),
    facets: facetValues(facets.counts, query, snapshot.labels),
    didYouMean: didYouMean(parsed, compiled.corrections),
  };
}

/** A token's or phrase's documents from the snapshot's posting cache, asking the database when it has not got them. */
function cachedPosting(db: Kysely<Database>, backend: SearchBackend, snapshot: IndexSnapshot, alternative: TokenOrPhrase) {
  const key = alternative.kind === "term" ? `${TERM}${alternative.token}` : `${PHRASE}${alternative.tokens.join(" ")}`;
  return snapshot.postings.get(key, snapshot.generation, async () =>
    toPosting(await backend.postings(db, alternative), snapshot.positionOf),
  );
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
