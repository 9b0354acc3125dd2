import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import { type Clock, nearestDeadline, statusOf } from "./facets.js";
import type { SnapshotDocument } from "./index-snapshot.js";
import type { CompiledQuery } from "./query-compiler.js";
import { relevance } from "./relevance-scorer.js";
import type { SearchSort } from "./search.types.js";
import type { Vocabulary } from "./vocabulary.js";

/**
 * The order of the results. By relevance: a named call code first, then our shared
 * BM25F score over the best candidates of the backend, open calls before closed ones
 * when relevance is about equal. By deadline: the nearest deadline still ahead first.
 * By newest: the most recently published first.
 */
export interface OrderContext {
  sort: SearchSort;
  compiled: CompiledQuery;
  scores: Map<number, number> | undefined;
  codeMatches: Set<SnapshotDocument>;
  vocabulary: Vocabulary;
  clock: Clock;
  /** How many results the page needs in final order. */
  needed: number;
}

/** How many of the backend's best matches are re-scored by the shared scorer. */
const RERANKED = 100;

/** The first `needed` results (at least the re-ranked head by relevance), in final order. */
export async function orderResults(db: Kysely<Database>, results: SnapshotDocument[], context: OrderContext) {
  const { sort, scores, clock, needed } = context;
  if (sort === "newest") return firstInOrder(results, needed, (a, b) => compare(b.sortDate, a.sortDate) || b.id - a.id);
  if (sort === "deadline") {
    const next = keyOf(results, (doc) => upcoming(doc, clock));
    return byPosition(results, needed, (a, b) => {
      const x = results[a] as SnapshotDocument;
      const y = results[b] as SnapshotDocument;
      return compareNumbers(next[a] as number, next[b] as number) || compare(y.sortDate, x.sortDate) || x.id - y.id;
    });
  }
  if (!scores) {
    const status = keyOf(results, (doc) => statusRank(doc, clock));
    const next = keyOf(results, (doc) => upcoming(doc, clock));
    return byPosition(
      results,
      needed,
      (a, b) =>
        (status[a] as number) - (status[b] as number) ||
        compareNumbers(next[a] as number, next[b] as number) ||
        (results[a] as SnapshotDocument).id - (results[b] as SnapshotDocument).id,
    );
  }

  const native = (d: SnapshotDocument) => scores.get(d.id) ?? 0;
  const code = (d: SnapshotDocument) => (context.codeMatches.has(d) ? 1 : 0);
  const head = firstInOrder(
    results,
    Math.max(RERANKED, needed),
    (a, b) => code(b) - code(a) || native(b) - native(a) || a.id - b.id,
  );
  const shared = await sharedScores(db, head, context);
  const keyed = head.map((doc) => {
    const score = shared.get(doc.id) ?? 0;
    return { doc, code: code(doc), bucket: Math.round(Math.log1p(score) * 20), status: statusRank(doc, clock), score };
  });
  keyed.sort((a, b) => b.code - a.code || b.bucket - a.bucket || a.status - b.status || b.score - a.score || a.doc.id - b.doc.id);
  return keyed.map((k) => k.doc);
}

/** A sort key computed once per document, not once per comparison, by position in docs. */
function keyOf(docs: SnapshotDocument[], key: (doc: SnapshotDocument) => number): Float64Array {
  const keys = new Float64Array(docs.length);
  for (let i = 0; i < docs.length; i++) keys[i] = key(docs[i] as SnapshotDocument);
  return keys;
}

/** The first n documents by an order on their positions in docs (where their keys are). */
function byPosition(docs: SnapshotDocument[], n: number, order: (a: number, b: number) => number): SnapshotDocument[] {
  const positions = Array.from({ length: docs.length }, (_, i) => i);
  return firstInOrder(positions, n, order).map((i) => docs[i] as SnapshotDocument);
}

/**
 * The first n items in order, without sorting them all: a page needs twenty of what may be
 * a hundred thousand results. Items that cannot beat the current n-th cost one comparison.
 */
export function firstInOrder<T>(items: readonly T[], n: number, order: (a: T, b: T) => number): T[] {
  if (n <= 0) return [];
  if (n >= items.length / 4) return [...items].sort(order).slice(0, n);
  const best: T[] = [];
  for (const item of items) {
    if (best.length === n && order(item, best[n - 1] as T) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (order(best[mid] as T, item) <= 0) low = mid + 1;
      else high = mid;
    }
    best.splice(low, 0, item);
    if (best.length > n) best.pop();
  }
  return best;
}

async function sharedScores(db: Kysely<Database>, docs: SnapshotDocument[], context: OrderContext) {
  const scores = new Map<number, number>();
  if (docs.length === 0) return scores;
  const rows = await db
    .selectFrom("searchDocuments")
    .select(["id", "titleTerms", "codeTerms", "introTerms", "bodyTerms", "partsTerms"])
    .where(
      "id",
      "in",
      docs.map((d) => d.id),
    )
    .execute();
  const split = (text: string) => (text ? text.split(" ") : []);
  for (const row of rows) {
    const fields = {
      title: split(row.titleTerms),
      code: split(row.codeTerms),
      intro: split(row.introTerms),
      body: split(row.bodyTerms),
      parts: split(row.partsTerms),
    };
    scores.set(row.id, relevance(context.compiled.must, fields, context.vocabulary));
  }
  return scores;
}

/** Open calls first, then forthcoming calls and other records, closed calls last. */
function statusRank(doc: SnapshotDocument, clock: Clock): number {
  const status = statusOf(doc, clock);
  return status === "open" ? 0 : status === "closed" ? 2 : 1;
}

/** Calls by their next deadline, events by their start; what has nothing ahead comes last. */
function upcoming(doc: SnapshotDocument, clock: Clock): number {
  if (doc.type === "event" && doc.startsAt !== null && doc.startsAt >= clock.now) return doc.startsAt;
  return nearestDeadline(doc, clock) ?? Number.POSITIVE_INFINITY;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const compareNumbers = (a: number, b: number) => (a === b ? 0 : a < b ? -1 : 1);
