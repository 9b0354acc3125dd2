import { CLOCK_BOUND_MS } from "../../platform/cache/cached-response.js";
import { brusselsDate, startOfBrusselsDay } from "../../platform/time/brussels.js";
import type { CallDetail } from "./call.queries.js";

/**
 * The first moment a call page may read differently without a write: its opening or a
 * deadline passing (status, next deadline), the next Brussels day (days left), and at most
 * CLOCK_BOUND_MS for what other records show on it (a scheduled edition of its series).
 */
export function callPageUntil(call: Pick<CallDetail, "opensOn" | "deadlines">, now: Date): number {
  const at = now.getTime();
  const tomorrow = new Date(`${brusselsDate(now)}T12:00:00Z`);
  tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
  const moments = [
    at + CLOCK_BOUND_MS,
    Date.parse(startOfBrusselsDay(tomorrow.toISOString().slice(0, 10))),
    ...(call.opensOn ? [Date.parse(startOfBrusselsDay(call.opensOn))] : []),
    ...call.deadlines.map((deadline) => Date.parse(deadline.at)),
  ];
  return Math.min(...moments.filter((moment) => moment > at));
}
