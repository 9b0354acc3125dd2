import { brusselsDate, brusselsInstant, brusselsTime, isValidDate, isValidTime } from "../../platform/time/brussels.js";

/**
 * A form as the browser sent it and as it is shown again: flat names ("deadlines.0.date")
 * with the text typed, so a refused save gives back exactly what was typed.
 */
export type FormValues = Record<string, string | string[]>;

export function readForm(body: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const [name, value] of Object.entries(body)) {
    if (name === "_csrf") continue;
    const list = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
    values[name] = name.endsWith("[]") ? list : (list[0] ?? "");
  }
  return values;
}

export const text = (values: FormValues, name: string): string => {
  const value = values[name];
  return typeof value === "string" ? value : "";
};

export const list = (values: FormValues, name: string): string[] => {
  const value = values[`${name}[]`];
  return Array.isArray(value) ? value : typeof value === "string" && value ? [value] : [];
};

/** Empty is null; the rest trimmed. */
export const optional = (values: FormValues, name: string): string | null => text(values, name).trim() || null;

/** "12,5" and "1.500" as an editor in Flanders types them; anything else stays text for the schema to refuse. */
export function number(values: FormValues, name: string): number | string | null {
  const typed = text(values, name).trim().replace(/\s/g, "");
  if (!typed) return null;
  const normal = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(typed) ? typed.replace(/\./g, "").replace(",", ".") : typed.replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : typed;
}

/**
 * A `datetime-local` field ("2027-03-05T10:00", Brussels wall-clock) as an instant; empty is
 * null, and anything else stays text for the schema to refuse.
 */
export function moment(values: FormValues, name: string): string | null {
  const typed = text(values, name).trim();
  if (!typed) return null;
  const [date = "", time = ""] = typed.split("T");
  return isValidDate(date) && isValidTime(time.slice(0, 5)) ? brusselsInstant(date, time.slice(0, 5)) : typed;
}

/** An instant as a `datetime-local` field shows it, in Brussels time. */
export const localMoment = (instant: string | null): string =>
  instant ? `${brusselsDate(instant)}T${brusselsTime(instant)}` : "";

/** A list typed as words separated by commas or new lines. */
export const words = (values: FormValues, name: string): string[] =>
  text(values, name)
    .split(/[\s,]+/)
    .filter(Boolean);

/** How many rows a repeater has in the form: the highest index sent, plus one. */
export function rowCount(values: FormValues, name: string): number {
  let count = 0;
  const prefix = `${name}.`;
  for (const key of Object.keys(values)) {
    if (!key.startsWith(prefix)) continue;
    const index = Number.parseInt(key.slice(prefix.length), 10);
    if (Number.isInteger(index) && index < 100) count = Math.max(count, index + 1);
  }
  return count;
}

/** The rows of a repeater, leaving out rows left entirely empty. */
export function rows(
  values: FormValues,
  name: string,
  columns: readonly string[],
): { index: number; cells: Record<string, string> }[] {
  const found: { index: number; cells: Record<string, string> }[] = [];
  for (let index = 0; index < rowCount(values, name); index++) {
    const cells = Object.fromEntries(columns.map((column) => [column, text(values, `${name}.${index}.${column}`).trim()]));
    if (Object.values(cells).some((v) => v !== "")) found.push({ index, cells });
  }
  return found;
}

/** The form with each repeater's empty rows left out and the rest numbered from 0, as it is validated and shown again. */
export function compactRows(values: FormValues, repeaters: Record<string, readonly string[]>): FormValues {
  const compacted: FormValues = {};
  for (const [name, value] of Object.entries(values)) {
    if (!Object.keys(repeaters).some((repeater) => name.startsWith(`${repeater}.`))) compacted[name] = value;
  }
  for (const [repeater, columns] of Object.entries(repeaters)) {
    rows(values, repeater, columns).forEach(({ index }, position) => {
      for (const column of columns)
        compacted[`${repeater}.${position}.${column}`] = text(values, `${repeater}.${index}.${column}`);
    });
  }
  return compacted;
}
