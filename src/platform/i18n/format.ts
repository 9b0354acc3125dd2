import { ZONE } from "../time/brussels.js";
import type { Lang } from "./translate.js";

/** Dates, times and money the way a Flemish (or English) reader expects them. */
const locales: Record<Lang, string> = { nl: "nl-BE", en: "en-GB" };

const cache = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}:${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[lang], { timeZone: ZONE, ...options });
    cache.set(key, format);
  }
  return format;
}

/** "12 september 2025" from an instant or a YYYY-MM-DD date. */
export function formatDate(lang: Lang, value: string | Date): string {
  return dateTimeFormat(lang, { day: "numeric", month: "long", year: "numeric" }).format(toDate(value));
}

/** "di 12 september 2025" */
export function formatWeekdayDate(lang: Lang, value: string | Date): string {
  return dateTimeFormat(lang, { weekday: "short", day: "numeric", month: "long", year: "numeric" }).format(toDate(value));
}

export function formatMonth(lang: Lang, value: string | Date): string {
  return dateTimeFormat(lang, { month: "long", year: "numeric" }).format(toDate(value));
}

/** "10:00" in Brussels time. */
export function formatTime(lang: Lang, instant: string | Date): string {
  return dateTimeFormat(lang, { hour: "2-digit", minute: "2-digit", hour12: false }).format(new Date(instant));
}

/** "10:00-12:00", or just the start when there is no end. */
export function formatTimeRange(lang: Lang, start: string, end: string | null): string {
  return end ? `${formatTime(lang, start)}-${formatTime(lang, end)}` : formatTime(lang, start);
}

/**
 * Number formats made once per language and kind: making one costs far more than using it,
 * and a page of results formats a hundred counts and amounts.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, kind: "plain" | "money" | "large money"): Intl.NumberFormat {
  const key = `${lang}:${kind}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      locales[lang],
      kind === "plain"
        ? {}
        : kind === "money"
          ? { maximumFractionDigits: 0 }
          : { maximumFractionDigits: 1, notation: "compact", compactDisplay: "long" },
    );
    numberFormats.set(key, format);
  }
  return format;
}

/** "26,2 miljard euro", "750.000 euro" */
export function formatMoney(lang: Lang, amount: number): string {
  return `${numberFormat(lang, amount >= 1_000_000 ? "large money" : "money").format(amount)} euro`;
}

export function formatNumber(lang: Lang, value: number): string {
  return numberFormat(lang, "plain").format(value);
}

/** Date-only values are read as noon UTC so no time zone can push them to another day. */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
}
