import { brusselsInstant } from "../../platform/time/brussels.js";

/**
 * The last moment of a programme period such as "2014-2020": the end of 31 December of its
 * last year, Brussels time. A period written otherwise ("tot 2027", "doorlopend") names no
 * end the guide can rely on, so it gives none.
 */
export function periodEndsAt(period: string | null): string | null {
  const last = period ? /^\s*\d{4}\s*[-–]\s*(\d{4})\s*$/.exec(period)?.[1] : undefined;
  return last ? brusselsInstant(`${last}-12-31`) : null;
}
