import { isValid, parse } from "date-fns";
import { nl } from "date-fns/locale";

const dateFormats = ["yyyy-MM-dd", "d MMMM yyyy", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy"];

/** "12 september 2025", "07 mei 2024", "03/09/2020", "27-08-2020" → "2025-09-12"; anything else → null. */
export function dutchDate(text: string): string | null {
  const value = text.trim().toLowerCase();
  for (const format of dateFormats) {
    const date = parse(value, format, new Date(2000, 0, 1), { locale: nl });
    if (isValid(date)) return iso(date);
  }
  return null;
}

/** "10:00", "10u", "10u30", "10.30" → "10:00", "10:00", "10:30", "10:30"; anything else → null. */
export function dutchTime(text: string): string | null {
  const match = /^([01]?\d|2[0-3])(?:[:.hu]([0-5]\d)?)?(?:\s*uur)?$/.exec(text.trim().toLowerCase());
  if (!match || (!match[2] && !/[hu]|uur/.test(text))) return null;
  return `${match[1]?.padStart(2, "0")}:${match[2] ?? "00"}`;
}

/** "10:00 - 12:00" → start and end; "10:00" → start only; anything else → null. */
export function dutchTimeRange(text: string): { start: string; end: string | null } | null {
  const [from, to, ...rest] = text.split(/\s*[-–]\s*|\s+tot\s+/);
  const start = dutchTime(from ?? "");
  if (!start || rest.length) return null;
  if (to === undefined) return { start, end: null };
  const end = dutchTime(to);
  return end ? { start, end } : null;
}

const iso = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
