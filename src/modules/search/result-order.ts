import type { Kysely } from "kysely";
import { TypedFastBitSet } from "typedfastbitset";
import type { Database } from "../../platform/db/schema.js";
import { scoredFields } from "./document-texts.js";
import { type Clock, closedCalls, nearestDeadline, statusOf } from "./facets.js";
import type { IndexSnapshot, SnapshotDocument } from "./index-snapshot.js";
import type { CompiledQuery } from "./query-compiler.js";
import type { RankedResults } from "./query-matcher.js";
import { type MayOccur, relevanceOf } from "./relevance-scorer.js";
import { FieldsReader } from "./scored-fields.js";
import type { SearchSort } from "./search.types.js";

/**
 * The order of the results. By relevance: a named call code first, then what can still be
 * applied for (open and forthcoming calls, and records without a status) before closed calls
 * at any relevance, each by our shared BM25F score over the best candidates of the first
 * ranking, open calls before forthcoming ones when relevance is about equal. By deadline: the
 * nearest deadline still ahead first, closed calls last.
 * By newest: the most recently published first. Without words, the open calls that are
 * due first.
 */
export interface OrderContext {
  sort: SearchSort;
  compiled: CompiledQuery;
  /** A first relevance of each result (undefined: no words to rank by). */
  firstRank: ((results: TypedFastBitSet) => RankedResults) | undefined;
  /** Where the query's words can occur in the document at a position, so the scorer only looks there. */
  contains: ((position: number) => MayOccur) | undefined;
  /** Positions of the calls whose code the query names. */
  codeMatches: Set<number>;
  snapshot: IndexSnapshot;
  clock: Clock;
  /** How many results the page needs in final order. */
  needed: number;
}

/** Added to the first rank of what is not closed: more than any sum of weights, so open and forthcoming come first. */
const STILL_OPEN = 1e9;

/**
 * How many of the best first-ranked matches the shared scorer ranks (more when a later page
 * needs them): reading their tokens is most of a search's time.
 */
const RERANKED = 50;

/** The first `needed` results (at least the re-ranked head by relevance), in final order. */
export async function orderResults(
  db: Kysely<Database>,
  results: TypedFastBitSet,
  context: OrderContext,
): Promise<SnapshotDocument[]> {
  const { sort, firstRank, snapshot, clock, needed } = context;
  const docAt = (position: number) => snapshot.docs[position] as SnapshotDocument;
  if (sort !== "relevance" || !firstRank) {
    const order = standingOrder(snapshot, clock, sort === "relevance" ? "status" : sort);
    return firstInStandingOrder(results, order, needed).map(docAt);
  }
  const { positions, ranks } = firstRank(results);
  const closed = closedCalls(snapshot, clock);
  const { codeMatches } = context;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i] as number;
    if (codeMatches.size > 0 && codeMatches.has(position)) ranks[i] = Number.POSITIVE_INFINITY;
    // What can still be applied for is ranked first at any relevance, so it is what the scorer sees first.
    else if (!closed.has(position)) ranks[i] = (ranks[i] as number) + STILL_OPEN;
  }
  const status = standingOrder(snapshot, clock, "status");
  const head = bestRanked(positions, ranks, Math.max(RERANKED, needed), status).map(docAt);
  const shared = await sharedScores(db, head, context);
  const keyed = head.map((doc) => {
    const score = shared.get(doc.id) ?? 0;
    const position = snapshot.positionOf[doc.id] as number;
    return {
      doc,
      code: context.codeMatches.has(position) ? 1 : 0,
      closed: isClosed(doc, clock) ? 1 : 0,
      bucket: Math.round(Math.log1p(score) * 20),
      status: statusRank(doc, clock),
      score,
    };
  });
  keyed.sort(
    (a, b) =>
      b.code - a.code ||
      a.closed - b.closed ||
      b.bucket - a.bucket ||
      a.status - b.status ||
      b.score - a.score ||
      a.doc.id - b.doc.id,
  );
  return keyed.map((k) => k.doc);
}

/**
 * The n positions with the highest rank, ties going to the earlier place in the status
 * order, best first. A threshold found by selection keeps this linear: a word that half
 * the catalogue contains must not sort fifty thousand results for a page of twenty.
 */
function bestRanked(positions: Int32Array, rank: Float64Array, n: number, status: StandingOrder): number[] {
  const threshold = positions.length > n ? nthLargest(rank.slice(), n) : Number.NEGATIVE_INFINITY;
  const chosen: number[] = [];
  const tied = new TypedFastBitSet();
  const rankAt = new Map<number, number>();
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i] as number;
    if ((rank[i] as number) > threshold) {
      chosen.push(position);
      rankAt.set(position, rank[i] as number);
    } else if (rank[i] === threshold) tied.add(position);
  }
  // Ties are common (every result that has the words only in its body): the status order settles them without sorting them.
  for (const position of firstInStandingOrder(tied, status, n - chosen.length)) {
    chosen.push(position);
    rankAt.set(position, threshold);
  }
  const { rankOf } = status;
  return chosen.sort(
    (a, b) => (rankAt.get(b) as number) - (rankAt.get(a) as number) || (rankOf[a] as number) - (rankOf[b] as number),
  );
}

/** The n-th largest value (n from 1), reordering the array in place (quickselect). */
function nthLargest(values: Float64Array, n: number): number {
  const k = n - 1;
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1] as number;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else break;
  }
  return values[k] as number;
}

/** Every findable document in one order, with each position's place in it. */
interface StandingOrder {
  order: Int32Array;
  rankOf: Int32Array;
}

type StandingOrderName = "status" | "deadline" | "newest";

interface StandingOrders {
  /** The moments between which the clock-bound orders hold. */
  from: number;
  until: number;
  orders: Map<StandingOrderName, StandingOrder>;
}

const standingOrders = new WeakMap<IndexSnapshot, StandingOrders>();

/**
 * The whole catalogue sorted once per index generation (and, for status and deadline,
 * until the next moment a status or a next deadline changes), so a page of a hundred
 * thousand results is read off in order instead of sorted per search.
 */
function standingOrder(snapshot: IndexSnapshot, clock: Clock, name: StandingOrderName): StandingOrder {
  const cached = ordersAt(snapshot, clock);
  let standing = cached.orders.get(name);
  if (!standing) {
    standing = sortAll(snapshot, clock, name);
    cached.orders.set(name, standing);
  }
  return standing;
}

/** Until when the standing orders at this moment hold. */
export function standingOrdersUntil(snapshot: IndexSnapshot, clock: Clock): number {
  return ordersAt(snapshot, clock).until;
}

/** Sorts the catalogue in every standing order now, instead of at the first search that needs one. */
export function prepareStandingOrders(snapshot: IndexSnapshot, clock: Clock): void {
  for (const name of ["status", "deadline", "newest"] as const) standingOrder(snapshot, clock, name);
}

/** The standing orders of the snapshot for this moment, none sorted yet when the moment is new. */
function ordersAt(snapshot: IndexSnapshot, clock: Clock): StandingOrders {
  let cached = standingOrders.get(snapshot);
  if (!cached || clock.now < cached.from || clock.now >= cached.until) {
    cached = carriedOrders(snapshot, clock) ?? { ...changesAround(snapshot, clock), orders: new Map() };
    standingOrders.set(snapshot, cached);
  }
  return cached;
}

/**
 * The orders of the snapshot this one was advanced from, when they hold at this moment, with
 * the changed documents taken out and put in again where they now belong: a write costs a
 * few comparisons per changed document instead of sorting the catalogue again. The same
 * comparison orders both, so the result is the order a full sort gives.
 */
function carriedOrders(snapshot: IndexSnapshot, clock: Clock): StandingOrders | undefined {
  const from = snapshot.advancedFrom;
  const previous = from && standingOrders.get(from.snapshot);
  if (!from || !previous || clock.now < previous.from || clock.now >= previous.until) return undefined;
  const changed = [...new Set(from.positions)];
  const orders = new Map<StandingOrderName, StandingOrder>();
  for (const [name, order] of previous.orders) orders.set(name, reordered(order, snapshot, clock, name, changed));
  const around = changesAround(snapshot, clock, changed);
  return { from: Math.max(previous.from, around.from), until: Math.min(previous.until, around.until), orders };
}

function reordered(
  previous: StandingOrder,
  snapshot: IndexSnapshot,
  clock: Clock,
  name: StandingOrderName,
  changed: number[],
): StandingOrder {
  const compare = comparison(snapshot, clock, name, (position) => upcoming(snapshot.docs[position] as SnapshotDocument, clock));
  const isChanged = new Set(changed);
  const kept = previous.order.filter((position) => !isChanged.has(position));
  const added = changed.filter((position) => snapshot.docs[position] !== undefined).sort(compare);
  // Where each added document goes among the kept ones (binary search), then one pass to merge.
  const places = added.map((position) => {
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compare(kept[mid] as number, position) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  });
  const order = new Int32Array(kept.length + added.length);
  let k = 0;
  for (let a = 0; a <= added.length; a++) {
    const until = a < added.length ? (places[a] as number) : kept.length;
    order.set(kept.subarray(k, until), k + a);
    k = until;
    if (a < added.length) order[k + a] = added[a] as number;
  }
  return { order, rankOf: ranksOf(order, snapshot.docs.length) };
}

/**
 * The last moment up to now and the first after it at which a status or a next deadline (or
 * an event's start) changes, of all documents or some: the orders hold in between. (Held
 * only from the moment they were sorted, a search that began a few milliseconds earlier
 * would sort them again, and under load one always has.)
 */
function changesAround(snapshot: IndexSnapshot, clock: Clock, positions?: number[]): { from: number; until: number } {
  let from = clock.startOfDay;
  let until = clock.nextDay;
  const consider = (moment: number) => {
    if (moment > clock.now) until = Math.min(until, moment);
    else from = Math.max(from, moment);
  };
  const visit = (doc: SnapshotDocument | undefined) => {
    if (!doc) return;
    for (const deadline of doc.deadlines) consider(deadline + 1);
    if (doc.closesAt !== null) consider(doc.closesAt + 1);
    if (doc.startsAt !== null) consider(doc.startsAt + 1);
  };
  if (positions) for (const position of positions) visit(snapshot.docs[position]);
  else for (const doc of snapshot.docs) visit(doc);
  return { from, until };
}

function sortAll(snapshot: IndexSnapshot, clock: Clock, name: StandingOrderName): StandingOrder {
  const positions = snapshot.all.array();
  // The next deadline is computed once per document, not once per comparison.
  const next = new Float64Array(snapshot.docs.length);
  for (const position of positions) next[position] = upcoming(snapshot.docs[position] as SnapshotDocument, clock);
  const order = Int32Array.from(positions).sort(comparison(snapshot, clock, name, (position) => next[position] as number));
  return { order, rankOf: ranksOf(order, snapshot.docs.length) };
}

/** How two documents (by position) compare in a standing order; `upcomingAt` gives a document's next moment. */
function comparison(
  snapshot: IndexSnapshot,
  clock: Clock,
  name: StandingOrderName,
  upcomingAt: (position: number) => number,
): (a: number, b: number) => number {
  const docAt = (position: number) => snapshot.docs[position] as SnapshotDocument;
  if (name === "status")
    return (a, b) => {
      const x = docAt(a);
      const y = docAt(b);
      return statusRank(x, clock) - statusRank(y, clock) || compareNumbers(upcomingAt(a), upcomingAt(b)) || x.id - y.id;
    };
  if (name === "deadline")
    return (a, b) => {
      const x = docAt(a);
      const y = docAt(b);
      return (
        Number(isClosed(x, clock)) - Number(isClosed(y, clock)) ||
        compareNumbers(upcomingAt(a), upcomingAt(b)) ||
        compare(y.sortDate, x.sortDate) ||
        x.id - y.id
      );
    };
  return (a, b) => {
    const x = docAt(a);
    const y = docAt(b);
    return compare(y.sortDate, x.sortDate) || y.id - x.id;
  };
}

function ranksOf(order: Int32Array, positions: number): Int32Array {
  const rankOf = new Int32Array(positions).fill(-1);
  for (let rank = 0; rank < order.length; rank++) rankOf[order[rank] as number] = rank;
  return rankOf;
}

/** The first n results in a standing order: a small result set is sorted, a large one read off the order. */
function firstInStandingOrder(results: TypedFastBitSet, standing: StandingOrder, n: number): number[] {
  const size = results.size();
  if (size * 32 < standing.order.length) {
    const positions = results.array();
    const rankOf = standing.rankOf;
    return positions.sort((a, b) => (rankOf[a] as number) - (rankOf[b] as number)).slice(0, n);
  }
  const found: number[] = [];
  for (const position of standing.order) {
    if (!results.has(position)) continue;
    found.push(position);
    if (found.length >= n) break;
  }
  return found;
}

/** The shared scores of the documents, by id, from their fields as this process keeps them. */
async function sharedScores(db: Kysely<Database>, docs: SnapshotDocument[], context: OrderContext) {
  const scores = new Map<number, number>();
  if (docs.length === 0) return scores;
  const { snapshot } = context;
  const fields = await scoredFields(
    db,
    snapshot.texts,
    docs.map((d) => d.id),
  );
  const relevance = relevanceOf(context.compiled.must, snapshot.vocabulary);
  for (const [id, encoded] of fields) {
    const position = snapshot.positionOf[id] as number;
    scores.set(id, relevance(reader.read(encoded), context.contains?.(position)));
  }
  return scores;
}

/** Scratch space for one document's tokens at a time, reused: scoring runs without a pause. */
const reader = new FieldsReader();

function isClosed(doc: SnapshotDocument, clock: Clock): boolean {
  return statusOf(doc, clock) === "closed";
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
