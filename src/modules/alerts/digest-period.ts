import { brusselsDate, brusselsInstant } from "../../platform/time/brussels.js";

/** One digest's period: its key, the Brussels date it is sent on and the moment it closes. */
export interface DigestPeriod {
  /** "2026-12-01" for a daily digest, "2026-W49" for a weekly one. */
  key: string;
  /** The Brussels date of the digest moment. */
  date: string;
  /** The digest moment (DIGEST_HOUR, Brussels time): what was published until then is in it. */
  end: string;
  /** Where a first digest starts: one period before the digest moment. */
  start: string;
}

/** The latest period that is due at `at`: today's when the digest hour has come, else yesterday's. */
export function duePeriod(at: Date, frequency: "daily" | "weekly", hour: number): DigestPeriod {
  const time = `${String(hour).padStart(2, "0")}:00`;
  let date = brusselsDate(at);
  if (brusselsInstant(date, time) > at.toISOString()) date = addDays(date, -1);
  if (frequency === "weekly") date = addDays(date, -((weekday(date) + 6) % 7));
  const length = frequency === "weekly" ? 7 : 1;
  return {
    key: frequency === "weekly" ? isoWeek(date) : date,
    date,
    end: brusselsInstant(date, time),
    start: brusselsInstant(addDays(date, -length), time),
  };
}

/** Calendar arithmetic on Brussels dates: whole days, whatever the clocks do in between. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** 0 is Sunday, as Date.getUTCDay. */
function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** ISO 8601 week of a Monday: the week belongs to the year of its Thursday. */
function isoWeek(monday: string): string {
  const thursday = addDays(monday, 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}
