import type { CallInput } from "../../calls/call.input.js";

/** Why a cell cannot be read, in words an editor understands. */
export interface CellProblem {
  problem: string;
}
const problem = (text: string): CellProblem => ({ problem: text });

/** "onderwijs; jeugd" or "onderwijs, jeugd" → ["onderwijs", "jeugd"]. */
export const splitList = (cell: string): string[] =>
  cell
    .split(/[;,]/)
    .map((item) => item.trim())
    .filter(Boolean);

const deadlinePattern = /^(\d{4}-\d{2}-\d{2})(?:[ T]+(\d{1,2}:\d{2}))?\s*(?:\(([^()]*)\))?$/;

/**
 * "2026-05-07 17:00 (stage 1) | 2026-10-01" → deadlines in Brussels time; a deadline
 * without time lasts the whole day.
 */
export function parseDeadlines(cell: string): CallInput["deadlines"] | CellProblem {
  const deadlines: CallInput["deadlines"] = [];
  for (const item of cell
    .split("|")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = deadlinePattern.exec(item);
    if (!match?.[1]) return problem(`"${item}" is not a deadline (JJJJ-MM-DD, optionally UU:MM and a label in brackets)`);
    deadlines.push({ date: match[1], time: match[2]?.padStart(5, "0") ?? null, label: match[3]?.trim() || null });
  }
  return deadlines;
}

const yes = new Set(["ja", "yes", "y", "j", "1", "true", "waar"]);
const no = new Set(["nee", "no", "n", "0", "false", "onwaar", ""]);

export function parseFlag(cell: string): boolean | CellProblem {
  const value = cell.trim().toLowerCase();
  if (yes.has(value)) return true;
  if (no.has(value)) return false;
  return problem(`"${cell}" is not ja or nee`);
}

const partners: Record<string, "yes" | "no" | "sometimes"> = {
  ja: "yes",
  yes: "yes",
  nee: "no",
  no: "no",
  soms: "sometimes",
  sometimes: "sometimes",
};

export function parsePartners(cell: string): "yes" | "no" | "sometimes" | null | CellProblem {
  const value = cell.trim().toLowerCase();
  if (!value) return null;
  return partners[value] ?? problem(`"${cell}" is not ja, nee or soms`);
}

/** "1 500 000", "1.500.000", "1500000.50" → a number of euros. */
export function parseAmount(cell: string): number | null | CellProblem {
  const value = cell.replace(/[\s€]|EUR/gi, "");
  if (!value) return null;
  const normalised = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(value)
    ? value.replace(/\./g, "").replace(",", ".")
    : value.replace(",", ".");
  const amount = Number(normalised);
  return Number.isFinite(amount) && amount >= 0 ? amount : problem(`"${cell}" is not an amount`);
}
