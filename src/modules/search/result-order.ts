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

export async function orderResults(db: Kysely<Database>, results: SnapshotDocument[], context: OrderContext) {
  const { sort, scores, clock } = context;
  if (sort === "newest") return results.sort((a, b) => compare(b.sortDate, a.sortDate) || b.id - a.id);
  if (sort === "deadline") {
    const keyed = results.map((doc) => ({ doc, next: upcoming(doc, clock) }));
    keyed.sort((a, b) => compareNumbers(a.next, b.next) || compare(b.doc.sortDate, a.doc.sortDate) || a.doc.id - b.doc.id);
    return keyed.map((k) => k.doc);
  }
  if (!scores) {
    const keyed = results.map((doc) => ({ doc, status: statusRank(doc, clock), next: upcoming(doc, clock) }));
    keyed.sort((a, b) => a.status - b.status || compareNumbers(a.next, b.next) || a.doc.id - b.doc.id);
    return keyed.map((k) => k.doc);
  }

  const native = (d: SnapshotDocument) => scores.get(d.id) ?? 0;
  const code = (d: SnapshotDocument) => (context.codeMatches.has(d) ? 1 : 0);
  results.sort((a, b) => code(b) - code(a) || native(b) - native(a) || a.id - b.id);
  const head = results.slice(0, Math.max(RERANKED, context.needed));
  const shared = await sharedScores(db, head, context);
  const keyed = head.map((doc) => {
    const score = shared.get(doc.id) ?? 0;
    return { doc, code: code(doc), bucket: Math.round(Math.log1p(score) * 20), status: statusRank(doc, clock), score };
  });
  keyed.sort((a, b) => b.code - a.code || b.bucket - a.bucket || a.status - b.status || b.score - a.score || a.doc.id - b.doc.id);
  return [...keyed.map((k) => k.doc), ...results.slice(head.length)];
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
