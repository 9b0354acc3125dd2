import { TZDate } from "@date-fns/tz";

/** The guide's clock: every date a user reads or types is a Brussels date. */
export const ZONE = "Europe/Brussels";

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoTime = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isValidDate(value: string): boolean {
  const m = isoDate.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

export function isValidTime(value: string): boolean {
  return isoTime.test(value);
}

/**
 * The instant a Brussels wall-clock moment denotes. Without a time, the moment is the
 * last millisecond of that day: a date-only deadline is still open all day long.
 */
export function brusselsInstant(date: string, time?: string | null): string {
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  if (time) {
    const [h, mi] = time.split(":").map(Number) as [number, number];
    return toUtcIso(new TZDate(y, mo - 1, d, h, mi, 0, 0, ZONE));
  }
  return toUtcIso(new TZDate(y, mo - 1, d, 23, 59, 59, 999, ZONE));
}

function toUtcIso(date: Date): string {
  return new Date(date.getTime()).toISOString();
}

let lastDate = { ms: Number.NaN, date: "" };

/** The Brussels calendar date (YYYY-MM-DD) of an instant. */
export function brusselsDate(instant: Date | string): string {
  const ms = new Date(instant).getTime();
  // A page asks it for the same moment once per call it shows (their statuses): the zone's rules are read once.
  if (ms === lastDate.ms) return lastDate.date;
  const tz = new TZDate(ms, ZONE);
  lastDate = { ms, date: `${tz.getFullYear()}-${pad(tz.getMonth() + 1)}-${pad(tz.getDate())}` };
  return lastDate.date;
}

/** The Brussels wall-clock time (HH:MM) of an instant. */
export function brusselsTime(instant: Date | string): string {
  const tz = new TZDate(new Date(instant).getTime(), ZONE);
  return `${pad(tz.getHours())}:${pad(tz.getMinutes())}`;
}

/** The first instant of a Brussels date. */
export function startOfBrusselsDay(date: string): string {
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  return toUtcIso(new TZDate(y, mo - 1, d, 0, 0, 0, 0, ZONE));
}

const pad = (n: number) => String(n).padStart(2, "0");
