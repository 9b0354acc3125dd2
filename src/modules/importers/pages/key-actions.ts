import type { KeyAction } from "../../programmes/programme.input.js";
import type { Findings } from "./findings.js";
import type { PageLine } from "./page-lines.js";
import { toMarkdown } from "./page-markdown.js";

/** "Kernactie 1: ...", "Kernactiviteit 2 - Steun voor:" open a key action wherever they stand. */
export const keyActionTitle = /^kernact\w*\s+\d/i;

/**
 * Key actions: a title, the text before its list items (a sentence that introduces them
 * stays before them), the items, and the text after them as a note. Under an
 * "Acties" heading any short line without closing full stop is a title ("Jean Monnet-acties");
 * elsewhere only a "Kernactie N" line is.
 */
export function keyActions(lines: readonly PageLine[], underHeading: boolean, findings: Findings): KeyAction[] {
  const actions: { title: string; leads: PageLine[]; items: string[]; notes: PageLine[] }[] = [];
  const lead: PageLine[] = [];
  for (const line of lines) {
    if (line.text === "") continue;
    const action = actions.at(-1);
    if (isTitle(line, underHeading)) actions.push({ title: line.text.replace(/\s*:$/, ""), leads: [], items: [], notes: [] });
    else if (!action) lead.push(line);
    else if (line.depth !== null) action.items.push(line.text);
    else (action.items.length ? action.notes : action.leads).push(line);
  }
  const first = lead[0];
  if (first) findings.keep(first.no, "Acties", toMarkdown(lead), "text before the first key action");
  return actions.map((a) => ({ title: a.title, lead: toMarkdown(a.leads), items: a.items, note: toMarkdown(a.notes) }));
}

function isTitle(line: PageLine, underHeading: boolean): boolean {
  if (line.depth !== null) return false;
  if (keyActionTitle.test(line.text)) return true;
  return underHeading && line.text.length <= 80 && !/[.:;,]$/.test(line.text);
}
