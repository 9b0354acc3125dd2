import { brusselsDate } from "../../platform/time/brussels.js";

/**
 * A call's status is derived, never stored: before its opening date it is forthcoming,
 * then open until its last deadline has passed. Rolling calls stay open. A call whose
 * deadline is unknown stays open too, and says so: unknown is not "closed today".
 */
export type CallStatus = "forthcoming" | "open" | "closed";

export interface StatusInput {
  /** Opening date (YYYY-MM-DD, Brussels), or null when not announced. */
  opensOn: string | null;
  /** Instant of the last deadline, or null when there is none. */
  closesAt: string | null;
  isRolling: boolean;
}

export function callStatus(call: StatusInput, now: Date): CallStatus {
  if (call.opensOn && brusselsDate(now) < call.opensOn) return "forthcoming";
  if (call.isRolling || !call.closesAt) return "open";
  return now.getTime() <= Date.parse(call.closesAt) ? "open" : "closed";
}

export const CALL_STATUSES: readonly CallStatus[] = ["forthcoming", "open", "closed"];
