import { ZONE } from "../time/brussels.js";
import type { Lang } from "./translate.js";

/** Dates, times and money the way a Flemish (or English) reader expects them. */
const locales: Record<Lang, string> = { nl: "nl-BE", en: "en-GB" };

type DateStyle = "date" | "weekdayDate" | "month" | "time";
const DATE_STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { day: "numeric", month: "long", year: "numeric" },
  weekdayDate: { weekday: "short", day: "numeric", month: "long", year: "numeric" },
  month: { month: "long", year: "numeric" },
  time: { hour: "2-digit", minute: "2-digit", hour12: false },
};

/**
 * A page writes the same few dates again and again (the deadlines of its cards, the days of a
 * calendar), and formatting one in the Brussels zone costs far more than looking it up: each
 * language and style keeps the texts it made, up to this many, then starts over.
 */
const KEPT_TEXTS = 4096;

const dateFormats = new Map<string, { format: Intl.DateTimeFormat; texts: Map<string | number, string> }>();
function formatted(lang: Lang, style: DateStyle, value: string | Date, instant: (value: string | Date) => Date): string {
  const key = `${lang}:${style}`;
  let kept = dateFormats.get(key);
  if (!kept) {
    kept = { format: new Intl.DateTimeFormat(locales[lang], { timeZone: ZONE, ...DATE_STYLES[style] }), texts: new Map() };
    dateFormats.set(key, kept);
  }
  const of = typeof value === "string" ? value : value.getTime();
  let text = kept.texts.get(of);
  if (text === undefined) {
    if (kept.texts.size >= KEPT_TEXTS) kept.texts.clear();
    text = kept.format.format(instant(value));
    kept.texts.set(of, text);
  }
  return text;
}

/** "12 september 2025" from an instant or a YYYY-MM-DD date. */
export function formatDate(lang: Lang, value: string | Date): string {
  return formatted(lang, "date", value, toDate);
}

/** "di 12 september 2025" */
export function formatWeekdayDate(lang: Lang, value: string | Date): string {
  return formatted(lang, "weekdayDate", value, toDate);
}

export function formatMonth(lang: Lang, value: string | Date): string {
  return formatted(lang, "month", value, toDate);
}

/** "10:00" in Brussels time. */
export function formatTime(lang: Lang, instant: string | Date): string {
  return formatted(lang, "time", instant, (value) => new Date(value));
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
