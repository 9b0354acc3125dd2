import type { Kysely } from "kysely";
import { TypedFastBitSet } from "typedfastbitset";
import type { Db, DialectKind } from "../../platform/db/connection.js";
import type { Database } from "../../platform/db/schema.js";
import type { AfterWrite } from "../history/save-entity.js";
import { postgresBackend } from "./backends/postgres.js";
import type { SearchBackend } from "./backends/search-backend.js";
import { sqliteFts5Backend } from "./backends/sqlite-fts5.js";
import { facetValues } from "./facet-values.js";
import { applyFacets, clockAt } from "./facets.js";
import { loadGlossary } from "./glossary.js";
import { type IndexSnapshot, indexSnapshot, type SnapshotDocument } from "./index-snapshot.js";
import { compileQuery } from "./query-compiler.js";
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

export function createSearchService(db: Pick<Db, "kysely" | "kind">): SearchService {
  const backend = backendFor(db.kind);
  return {
    search: (query, now = new Date()) => search(db.kysely, backend, query, now),
    indexer: createSearchIndexer(backend),
    reindexAll: () => reindexAll(db.kysely, backend),
  };
}

const glossary = loadGlossary();

export async function search(
  db: Kysely<Database>,
  backend: SearchBackend,
  input: SearchQueryInput,
  now: Date,
): Promise<SearchResult> {
  const query = searchQuerySchema.parse(input);
  const snapshot = await indexSnapshot(db);
  const parsed = parseQuery(query.q);
  const compiled = compileQuery(parsed, glossary, snapshot.vocabulary);
  const clock = clockAt(now);

  const scores = compiled.must.length ? await backend.match(db, compiled.must, compiled.not) : undefined;
  const excluded =
    !scores && compiled.not.length ? await backend.match(db, [compiled.not.flat()], []) : new Map<number, number>();
  const codeMatches = matchCodes(
    snapshot,
    parsed.clauses.flat().flatMap((n) => (n.kind === "word" ? [n.text] : n.words)),
  );
  const candidates = scores ? new TypedFastBitSet() : snapshot.all.clone();
  const indexOf = (id: number) => snapshot.indexOf[id] ?? -1;
  if (scores) {
    for (const id of scores.keys()) if (indexOf(id) >= 0) candidates.add(indexOf(id));
  } else {
    for (const id of excluded.keys()) if (indexOf(id) >= 0) candidates.remove(indexOf(id));
  }
  for (const doc of codeMatches) candidates.add(indexOf(doc.id));
  for (const index of snapshot.scheduled) {
    if ((snapshot.docs[index]?.visibleFrom as number) > clock.now) candidates.remove(index);
  }
  const facets = applyFacets(candidates, query, clock, snapshot);
  const results = facets.results.array().map((index) => snapshot.docs[index] as SnapshotDocument);

  const ordered = await orderResults(db, results, {
    sort: query.sort,
    compiled,
    scores,
    codeMatches: new Set(codeMatches),
    vocabulary: snapshot.vocabulary,
    clock,
    needed: query.page * query.pageSize,
  });
  const pageDocs = ordered.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  return {
    query,
    parsed,
    hits: await buildHits(db, pageDocs, compiled, new Set(codeMatches), clock),
    total: results.length,
    page: query.page,
    pageCount: Math.min(MAX_PAGE, Math.max(1, Math.ceil(results.length / query.pageSize))),
    facets: facetValues(facets.counts, query, snapshot.labels),
    didYouMean: didYouMean(parsed, compiled.corrections),
  };
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
