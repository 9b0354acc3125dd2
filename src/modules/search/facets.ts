import { TZDate } from "@date-fns/tz";
import { TypedFastBitSet } from "typedfastbitset";
import { brusselsDate, ZONE } from "../../platform/time/brussels.js";
import type { CallStatus } from "../calls/call-status.js";
import { addToSet, type IndexSnapshot, type SnapshotDocument } from "./index-snapshot.js";
import { inheritedType } from "./inherited-types.js";
import { type DeadlineWindow, FACET_NAMES, type FacetName, type SearchQuery } from "./search.types.js";

/**
 * Filters and facet counts over sets of documents. A document counts for a facet when it
 * passes every OTHER active filter, so each facet's own values stay selectable; it is a
 * result when it passes them all. Status and deadline windows are derived from the dates
 * at search time, never stored.
 */
export interface Clock {
  now: number;
  today: string;
  /** The first moment of this Brussels day. */
  startOfDay: number;
  /** The first moment of the next Brussels day. */
  nextDay: number;
  endOfYear: number;
}

export function clockAt(now: Date): Clock {
  const zoned = new TZDate(now.getTime(), ZONE);
  const year = zoned.getFullYear();
  return {
    now: now.getTime(),
    today: brusselsDate(now),
    startOfDay: new TZDate(year, zoned.getMonth(), zoned.getDate(), 0, 0, 0, 0, ZONE).getTime(),
    nextDay: new TZDate(year, zoned.getMonth(), zoned.getDate() + 1, 0, 0, 0, 0, ZONE).getTime(),
    endOfYear: new TZDate(year, 11, 31, 23, 59, 59, 999, ZONE).getTime(),
  };
}

const DAY = 86_400_000;

/**
 * callStatus (calls/call-status.ts) on the snapshot's numbers: the same rule, without
 * building dates, because it runs for every candidate of every search.
 */
export function statusOf(doc: SnapshotDocument, clock: Clock): CallStatus | null {
  if (doc.type !== "call") return null;
  if (doc.opensOn && clock.today < doc.opensOn) return "forthcoming";
  if (doc.isRolling || doc.closesAt === null) return "open";
  return clock.now <= doc.closesAt ? "open" : "closed";
}

/** The next deadline still ahead, in milliseconds. */
export function nearestDeadline(doc: SnapshotDocument, clock: Clock): number | null {
  return doc.deadlines.find((d) => d >= clock.now) ?? null;
}

function deadlineWindows(doc: SnapshotDocument, clock: Clock): DeadlineWindow[] {
  const next = nearestDeadline(doc, clock);
  if (next === null) return [];
  // The day counts run on past 31 December: on 1 December a deadline on 15 January is within 90 days.
  const windows: DeadlineWindow[] = [next > clock.endOfYear ? "later" : "year"];
  if (next - clock.now <= 90 * DAY) windows.push("90d");
  if (next - clock.now <= 30 * DAY) windows.push("30d");
  return windows;
}

interface ClockSets {
  /** The moments between which every call keeps its status and deadline windows. */
  from: number;
  until: number;
  statuses: Map<string, TypedFastBitSet>;
  deadlineWindows: Map<string, TypedFastBitSet>;
}

const clockSetsCache = new WeakMap<IndexSnapshot, ClockSets>();

/**
 * The documents of each status and deadline window at this moment: the facets that follow
 * the clock. They change only at midnight and when a deadline is passed or comes within 30
 * or 90 days, so they are kept from the last such moment to the next. (Kept from the moment
 * they were made, a search that began a few milliseconds earlier would make them again, and
 * under load one always has.)
 */
function clockSets(snapshot: IndexSnapshot, clock: Clock): ClockSets {
  const cached = clockSetsCache.get(snapshot);
  if (cached && cached.from <= clock.now && clock.now < cached.until) return cached;
  const sets = carriedClockSets(snapshot, clock) ?? allClockSets(snapshot, clock);
  clockSetsCache.set(snapshot, sets);
  return sets;
}

/** Makes the clock's sets of a snapshot now, instead of at the first search that needs them. */
export function prepareClockSets(snapshot: IndexSnapshot, clock: Clock): void {
  clockSets(snapshot, clock);
}

/** The calls closed at this moment (statusOf says "closed"), as a set: one test per result instead of its dates. */
export function closedCalls(snapshot: IndexSnapshot, clock: Clock): TypedFastBitSet {
  return clockSets(snapshot, clock).statuses.get("closed") ?? new TypedFastBitSet();
}

function allClockSets(snapshot: IndexSnapshot, clock: Clock): ClockSets {
  const sets: ClockSets = { from: clock.startOfDay, until: clock.nextDay, statuses: new Map(), deadlineWindows: new Map() };
  for (const index of snapshot.calls) addCall(sets, snapshot, index, clock);
  return sets;
}

/**
 * The sets of the snapshot this one was advanced from, when they hold at this moment, with
 * only the changed documents taken out and put in again: the same sets as made from every call.
 */
function carriedClockSets(snapshot: IndexSnapshot, clock: Clock): ClockSets | undefined {
  const from = snapshot.advancedFrom;
  const previous = from && clockSetsCache.get(from.snapshot);
  if (!from || !previous || clock.now < previous.from || clock.now >= previous.until) return undefined;
  const copy = (sets: Map<string, TypedFastBitSet>) => new Map([...sets].map(([value, set]) => [value, set.clone()]));
  const sets: ClockSets = {
    from: previous.from,
    until: previous.until,
    statuses: copy(previous.statuses),
    deadlineWindows: copy(previous.deadlineWindows),
  };
  for (const position of from.positions) {
    for (const set of [...sets.statuses.values(), ...sets.deadlineWindows.values()]) set.remove(position);
    if (snapshot.docs[position]?.type === "call") addCall(sets, snapshot, position, clock);
  }
  return sets;
}

/** Puts a call in the sets of its status and deadline windows, and narrows `from` and `until` to its changes. */
function addCall(sets: ClockSets, snapshot: IndexSnapshot, index: number, clock: Clock): void {
  const change = (moment: number) => {
    if (moment > clock.now) sets.until = Math.min(sets.until, moment);
    else sets.from = Math.max(sets.from, moment);
  };
  const doc = snapshot.docs[index] as SnapshotDocument;
  const status = statusOf(doc, clock);
  if (status) addToSet(sets.statuses, status, index);
  for (const window of deadlineWindows(doc, clock)) addToSet(sets.deadlineWindows, window, index);
  if (doc.closesAt !== null) change(doc.closesAt + 1);
  for (const deadline of doc.deadlines) {
    change(deadline + 1);
    change(deadline - 90 * DAY);
    change(deadline - 30 * DAY);
  }
}

export interface FacetOutcome {
  results: TypedFastBitSet;
  counts: Record<FacetName, Map<string, number>>;
  /** Until when the status and deadline-window sets used hold. */
  until: number;
}

/**
 * A facet's counts are taken over the candidates that pass every other active filter:
 * intersection sizes of document sets, whatever the number of candidates.
 */
export function applyFacets(
  candidates: TypedFastBitSet,
  query: SearchQuery,
  clock: Clock,
  snapshot: IndexSnapshot,
): FacetOutcome {
  const clocked = clockSets(snapshot, clock);
  const sets: Record<FacetName, Map<string, TypedFastBitSet>> = {
    ...(snapshot.facetSets as Record<FacetName, Map<string, TypedFastBitSet>>),
    statuses: clocked.statuses,
    deadlineWindows: clocked.deadlineWindows,
  };
  const active = FACET_NAMES.filter((f) => (query[f] as string[]).length > 0).map((facet) => {
    const allowed = new TypedFastBitSet();
    for (const value of query[facet] as string[]) {
      for (const key of facet === "beneficiaryTypes" ? [value, inheritedType(value)] : [value]) {
        const set = sets[facet].get(key);
        if (set) allowed.union(set);
      }
    }
    return { facet, allowed };
  });
  const passing = (except?: FacetName) => {
    const set = candidates.clone();
    for (const { facet, allowed } of active) if (facet !== except) set.intersection(allowed);
    return set;
  };
  const results = passing();
  const activeNames = new Set(active.map((a) => a.facet));
  const counts = {} as FacetOutcome["counts"];
  for (const facet of FACET_NAMES) {
    const base = activeNames.has(facet) ? passing(facet) : results;
    const tally = new Map<string, number>();
    for (const [value, set] of sets[facet]) {
      const n = base.intersection_size(set);
      if (n > 0) tally.set(value, n);
    }
    counts[facet] = tally;
  }
  return { results, counts, until: clocked.until };
}
