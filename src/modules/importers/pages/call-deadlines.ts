import type { z } from "zod";
import type { deadlineInput } from "../../calls/call.input.js";
import { dutchDate, dutchTime } from "./dutch-dates.js";
import type { Findings } from "./findings.js";
import { PageError } from "./page-error.js";
import type { PageLine } from "./page-lines.js";

type Deadline = z.input<typeof deadlineInput>;
const notYetKnown = /^(tbc|tbd|nog niet (bekend|gekend)|onbekend|later bekend)$/i;

/**
 * The Deadline section: one deadline a line ("12 september 2025", "Fase 1: 07 mei 2024 17:00").
 * Empty means the call has no deadline; "tbc" is kept as written; anything else is an error.
 */
export function callDeadlines(lines: readonly PageLine[], findings: Findings): Deadline[] {
  const deadlines: Deadline[] = [];
  for (const line of lines) {
    if (line.text === "") continue;
    if (notYetKnown.test(line.text)) {
      findings.keep(line.no, "Deadline", line.text, `deadline "${line.text}" is not known yet`);
      continue;
    }
    const deadline = readDeadline(line.text);
    if (!deadline) throw new PageError(line.no, `Deadline "${line.text}" is not a date (write it as "12 september 2025")`);
    deadlines.push(deadline);
  }
  return deadlines;
}

function readDeadline(text: string): Deadline | null {
  const [, label = null, rest = text] = /^([^:]+?):\s+(.+)$/.exec(text) ?? [];
  const date = dutchDate(rest);
  if (date) return { date, time: null, label };
  const [, day = "", clock = ""] = /^(.+?),?\s+(?:om\s+)?(\S+?)(?:\s*uur)?$/.exec(rest) ?? [];
  const [withTime, time] = [dutchDate(day), dutchTime(clock)];
  return withTime && time ? { date: withTime, time, label } : null;
}
