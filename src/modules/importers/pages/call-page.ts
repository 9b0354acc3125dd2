import { callInput } from "../../calls/call.input.js";
import type { ContactInput } from "../../history/entity-input.js";
import type { ImportItem } from "../import-batch.js";
import { callDeadlines } from "./call-deadlines.js";
import { personLine, webUrl } from "./contact-lines.js";
import { Findings } from "./findings.js";
import type { PageLine } from "./page-lines.js";
import { toMarkdown } from "./page-markdown.js";
import { origin, type PageFile, type PageRecords, validated } from "./page-records.js";
import { isQuestionHeading, knownHeadings, splitSections } from "./page-sections.js";
import { slugOf } from "./page-slug.js";
import { opensProgramme, programmeBlock } from "./programme-block.js";

type Key = "deadline" | "code" | "introduction" | "objectives" | "infoContact";

export const callHeading = knownHeadings<Key>({
  deadline: "deadline",
  code: "code",
  inleiding: "introduction",
  doelstellingen: "objectives",
  "info & contact": "infoContact",
  "info en contact": "infoContact",
});

/** A call page: the call's sections, then (after its Info & contact) the block of its programme. */
export function callPage(page: PageFile, title: PageLine, body: readonly PageLine[]): PageRecords {
  const split = programmeStart(body);
  const programme = split < body.length ? programmeBlock(page, body.slice(split)) : { items: [], findings: new Findings() };
  const findings = new Findings();
  const { lead, sections } = splitSections(body.slice(0, split), (line, index, lines) =>
    isQuestionHeading(line, index, lines) ? (callHeading(line) ?? null) : callHeading(line),
  );
  const fields = { introduction: toMarkdown(lead), objectives: null as string | null, code: null as string | null };
  let deadlines: ReturnType<typeof callDeadlines> = [];
  let info: ReturnType<typeof infoAndContact> = { infoContact: null, contacts: [], links: [] };
  for (const section of sections) {
    const text = toMarkdown(section.lines);
    if (section.key === "deadline") deadlines = callDeadlines(section.lines, findings);
    else if (section.key === "infoContact") info = infoAndContact(section.lines);
    else if (section.key) fields[section.key] = [fields[section.key], text].filter(Boolean).join("\n\n") || null;
    else findings.keep(section.line, section.heading, text, `heading "${section.heading}" is not one the importer knows`);
  }
  const programmeSlug = programme.items.find((i) => i.kind === "programme" && !i.ifMissing)?.input.slug ?? null;
  const input = validated(
    callInput,
    {
      ...fields,
      ...info,
      slug: slugOf(title.text),
      title: title.text,
      programme: programmeSlug,
      deadlines,
      extraSections: findings.extraSections,
      source: "pages",
      externalId: `${page.stem}#call`,
    },
    title.no,
  );
  const call: ImportItem = { kind: "call", origin: origin(page, title.no), input };
  const warnings = [...findings.warnings, ...programme.findings.warnings].map((w) => ({
    origin: origin(page, w.line),
    reason: w.reason,
  }));
  return { items: [...programme.items, call], warnings };
}

/** The programme block starts at the line after the call's Info & contact that a programme heading follows. */
function programmeStart(body: readonly PageLine[]): number {
  const info = body.findIndex((l) => callHeading(l) === "infoContact");
  if (info < 0) return body.length;
  for (let i = info + 1; i < body.length; i++) {
    const line = body[i] as PageLine;
    if (line.text === "" || line.depth !== null) continue;
    const next = body.slice(i + 1).find((l) => l.text !== "");
    if (next && opensProgramme(next)) return i;
  }
  return body.length;
}

/** Contact persons ("Naam, e-mail, telefoon") and bare web addresses come out; the rest stays text. */
function infoAndContact(lines: readonly PageLine[]) {
  const contacts: ContactInput[] = [];
  const links: { label: string; url: string }[] = [];
  const text: PageLine[] = [];
  for (const line of lines) {
    if (line.text === "") continue;
    const person = personLine(line.text);
    const url = webUrl(line.text);
    if (person?.email) {
      const label = text.at(-1)?.text.endsWith(":") ? (text.pop()?.text.replace(/\s*:$/, "") ?? null) : null;
      contacts.push({ label, ...person, role: null, organisation: null, address: null, website: null });
    } else if (url) links.push({ label: line.text, url });
    else text.push(line);
  }
  return { infoContact: toMarkdown(text), contacts, links };
}
