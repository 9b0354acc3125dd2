import { TZDate } from "@date-fns/tz";
import { brusselsDate, ZONE } from "../../platform/time/brussels.js";
import type { CallStatus } from "../calls/call-status.js";
import type { SnapshotDocument } from "./index-snapshot.js";
import { type DeadlineWindow, FACET_NAMES, type FacetName, type SearchQuery } from "./search.types.js";

/**
 * Filters and facet counts in one pass over the candidate documents. A document counts
 * for a facet when it passes every OTHER active filter, so each facet's own values stay
 * selectable; it is a result when it passes them all. Status and deadline windows are
 * derived from the dates at search time, never stored.
 */
export interface Clock {
  now: number;
  today: string;
  endOfYear: number;
}

export function clockAt(now: Date): Clock {
  const year = new TZDate(now.getTime(), ZONE).getFullYear();
  return {
    now: now.getTime(),
    today: brusselsDate(now),
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
  if (next > clock.endOfYear) return ["later"];
  const windows: DeadlineWindow[] = ["year"];
  if (next - clock.now <= 90 * DAY) windows.push("90d");
  if (next - clock.now <= 30 * DAY) windows.push("30d");
  return windows;
}

function valuesOf(doc: SnapshotDocument, facet: FacetName, clock: Clock): readonly string[] {
  switch (facet) {
    case "types":
      return [doc.type];
    case "themes":
      return doc.themes;
    case "beneficiaryTypes":
      return doc.beneficiaryTypes;
    case "programmes":
      return doc.programmes;
    case "statuses": {
      const status = statusOf(doc, clock);
      return status ? [status] : [];
    }
    case "deadlineWindows":
      return deadlineWindows(doc, clock);
    case "partners":
      return doc.partners ? [doc.partners] : [];
    case "projectTypes":
      return doc.projectType ? [doc.projectType] : [];
    case "languages":
      return [doc.language];
  }
}

export interface FacetOutcome {
  results: SnapshotDocument[];
  counts: Record<FacetName, Map<string, number>>;
}

export function applyFacets(candidates: Iterable<SnapshotDocument>, query: SearchQuery, clock: Clock): FacetOutcome {
  const active = FACET_NAMES.filter((f) => (query[f] as string[]).length > 0).map((f) => ({
    facet: f,
    wanted: new Set(query[f] as string[]),
  }));
  const counts = Object.fromEntries(FACET_NAMES.map((f) => [f, new Map<string, number>()])) as FacetOutcome["counts"];
  const results: SnapshotDocument[] = [];
  for (const doc of candidates) {
    let failed: FacetName | undefined;
    let failures = 0;
    for (const { facet, wanted } of active) {
      if (!valuesOf(doc, facet, clock).some((v) => wanted.has(v))) {
        failed = facet;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failures === 0) results.push(doc);
    for (const facet of failed ? [failed] : FACET_NAMES) {
      const tally = counts[facet];
      for (const value of valuesOf(doc, facet, clock)) tally.set(value, (tally.get(value) ?? 0) + 1);
    }
  }
  return { results, counts };
}
