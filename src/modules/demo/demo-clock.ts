import { brusselsDate, brusselsInstant } from "../../platform/time/brussels.js";

/**
 * Demo dates are counted from the moment of seeding, so a fresh instance always shows
 * open calls, near deadlines and upcoming sessions instead of a catalogue that aged.
 */
export interface DemoClock {
  /** The Brussels date `days` from today (negative: in the past), as YYYY-MM-DD. */
  day(days: number): string;
  /** The instant of a Brussels wall-clock time `days` from today. */
  at(days: number, time: string): string;
  /** The calendar year of the Brussels date `days` from today (for call codes). */
  year(days: number): number;
}

export function demoClock(now: Date): DemoClock {
  const [y, m, d] = brusselsDate(now).split("-").map(Number) as [number, number, number];
  const day = (days: number) => new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
  return {
    day,
    at: (days, time) => brusselsInstant(day(days), time),
    year: (days) => Number(day(days).slice(0, 4)),
  };
}
