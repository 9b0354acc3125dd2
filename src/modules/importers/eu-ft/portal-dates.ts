import { brusselsDate, brusselsTime } from "../../../platform/time/brussels.js";

export interface WallClock {
  date: string;
  /** null: the portal gave a date only. */
  time: string | null;
}

/**
 * A portal moment (ISO string, "+0000" offsets, epoch milliseconds as number or string)
 * as Brussels wall-clock time. The portal writes a date without time as midnight UTC, and
 * cascade calls write "the end of the day" as 23:59 UTC (01:59 the next morning in
 * Brussels, in summer): both stay a date, which runs to the end of that Brussels day. Any
 * other instant is converted to its Brussels date and time. undefined when the value is
 * not a moment at all.
 */
export function portalMoment(value: unknown): WallClock | undefined {
  const instant = toDate(value);
  if (!instant) return undefined;
  const iso = instant.toISOString();
  if (iso.endsWith("T00:00:00.000Z") || /T23:59:\d\d\.\d{3}Z$/.test(iso)) return { date: iso.slice(0, 10), time: null };
  return { date: brusselsDate(instant), time: brusselsTime(instant) };
}

function toDate(value: unknown): Date | undefined {
  if (value === null || value === undefined || value === "") return undefined;
  const epoch =
    typeof value === "number" ? value : typeof value === "string" && /^\d{10,}$/.test(value) ? Number(value) : undefined;
  const date = epoch !== undefined ? new Date(epoch) : typeof value === "string" ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}
