import { brusselsDate } from "../../platform/time/brussels.js";
import { periodEndsAt } from "../programmes/programme-period.js";

/**
 * A call's status is derived, never stored: before its opening date it is forthcoming,
 * then open until it closes (callClosesAt). Rolling calls stay open. A call whose deadline
 * is unknown stays open too, and says so: unknown is not "closed today"; but not after its
 * programme's period has ended.
 */
export type CallStatus = "forthcoming" | "open" | "closed";

/** The columns of a call's row its status is read from, as they are stored. */
export interface StatusInput {
  /** Opening date (YYYY-MM-DD, Brussels), or null when not announced. */
  opensOn: string | null;
  /** The instant it closes (callClosesAt), or null when nothing says it does. */
  closesAt: string | null;
  /** 1 for a rolling call. */
  isRolling: number;
}

export function callStatus(call: StatusInput, now: Date): CallStatus {
  if (call.opensOn && brusselsDate(now) < call.opensOn) return "forthcoming";
  if (call.isRolling || !call.closesAt) return "open";
  return now.getTime() <= Date.parse(call.closesAt) ? "open" : "closed";
}

export const CALL_STATUSES: readonly CallStatus[] = ["forthcoming", "open", "closed"];

/**
 * When a call stops taking proposals: at its last deadline; without any, at the end of its
 * programme's period, since a programme that has ended funds nothing more. Every reader of
 * status (pages, filters, facets, status changes) reads this one instant.
 */
export function callClosesAt(dueAts: readonly string[], programmePeriod: string | null): string | null {
  return [...dueAts].sort().at(-1) ?? periodEndsAt(programmePeriod);
}
