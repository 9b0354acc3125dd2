import { type ProgrammeInput, programmeInput } from "../../programmes/programme.input.js";
import type { ImportItem } from "../import-batch.js";
import { budgetPeriod, euroAmount } from "./budget-amount.js";
import { Findings } from "./findings.js";
import { goodToKnow } from "./good-to-know.js";
import { keyActions, keyActionTitle } from "./key-actions.js";
import { filled, type PageLine } from "./page-lines.js";
import { toMarkdown } from "./page-markdown.js";
import { origin, type PageFile, validated } from "./page-records.js";
import { type HeadingRule, isQuestionHeading, knownHeadings, splitSections } from "./page-sections.js";
import { programmeContacts } from "./programme-contacts.js";
import { programmeName } from "./programme-name.js";
import { type TermKind, termItem } from "./taxonomy-terms.js";

type Key =
  | "introduction"
  | "keyActions"
  | "goodToKnow"
  | "synergies"
  | "objectives"
  | "budget"
  | "beneficiaries"
  | "themes"
  | "contacts";

const known = knownHeadings<Key>(
  {
    inleiding: "introduction",
    acties: "keyActions",
    "goed om weten": "goodToKnow",
    synergieën: "synergies",
    doelstellingen: "objectives",
    budget: "budget",
    begunstigden: "beneficiaries",
    "thema's": "themes",
    "info & contact": "contacts",
    "info en contact": "contacts",
  },
  [[/^wat wil .+ bereiken\?$/, "introduction"]],
);

/** Whether a line is one of the headings a programme text starts with. */
export const opensProgramme = (line: PageLine) => known(line) === "introduction";

/**
 * The programme block of a page: its name line, then the programme's sections. Yields
 * the programme and the records it names: themes, beneficiary types and stub programmes
 * for synergies, each only created when missing.
 */
export function programmeBlock(page: PageFile, lines: readonly PageLine[]): { items: ImportItem[]; findings: Findings } {
  const findings = new Findings();
  const [nameLine, ...body] = filled(lines).length ? lines.slice(lines.findIndex((l) => l.text !== "")) : [];
  if (!nameLine) return { items: [], findings };
  const { lead, sections } = splitSections(body, headingRule());
  const fields: Partial<ProgrammeInput> = { introduction: toMarkdown(lead) };
  const named: ImportItem[] = [];
  for (const section of sections) {
    const text = toMarkdown(section.lines);
    switch (section.key) {
      case "introduction":
      case "objectives":
        fields[section.key] = join(fields[section.key], text);
        break;
      case "keyActions": {
        const implicit = keyActionTitle.test(section.heading) && section.heading !== "Acties";
        const lines = implicit ? [{ no: section.line, text: section.heading, depth: null }, ...section.lines] : section.lines;
        fields.keyActions = [...(fields.keyActions ?? []), ...keyActions(lines, !implicit, findings)];
        break;
      }
      case "goodToKnow":
        Object.assign(fields, goodToKnow(section.lines, findings));
        break;
      case "budget":
        fields.budgetNote = join(fields.budgetNote, text);
        fields.budgetAmountEur ??= text ? euroAmount(text) : null;
        fields.period ??= text ? budgetPeriod(text) : null;
        break;
      case "synergies":
        fields.synergies = listItems(section.lines, section.heading, findings).map((item) => {
          const target = programmeName(item.text);
          named.push(stub(page, item.no, target));
          return { programme: target.slug, label: item.text.replace(/[,;.]+$/, "") };
        });
        break;
      case "beneficiaries":
      case "themes": {
        const kind: TermKind = section.key === "themes" ? "theme" : "beneficiary_type";
        const slugs = listItems(section.lines, section.heading, findings).map((item) => {
          const term = termItem(kind, item.text.replace(/[,;.]+$/, ""), origin(page, item.no));
          named.push(term.item);
          if (term.unknown)
            findings.warn(item.no, `"${item.text}" is a new ${kind.replace("_", " ")}; its English name is still to be written`);
          return term.item.input.slug;
        });
        fields[section.key === "themes" ? "themes" : "beneficiaryTypes"] = slugs;
        break;
      }
      case "contacts":
        Object.assign(fields, programmeContacts(section.lines, findings));
        break;
      case null:
        findings.keep(section.line, section.heading, text, `heading "${section.heading}" is not one the importer knows`);
    }
  }
  // The text can mark an older edition of a programme that goes by the same name.
  const { period, ...name } = programmeName(nameLine.text, body.map((l) => l.text).join("\n"));
  const input = validated(
    programmeInput,
    {
      ...fields,
      ...name,
      period: fields.period ?? period,
      extraSections: findings.extraSections,
      source: "pages",
      externalId: `${page.stem}#programme`,
    },
    nameLine.no,
  );
  return { items: [...named, { kind: "programme", origin: origin(page, nameLine.no), input }], findings };
}

/** Known headings; "Kernactie N" opens the key actions when no "Acties" heading did; a lone question is an unknown heading. */
function headingRule(): HeadingRule<Key> {
  let current: Key | null = null;
  return (line, index, lines) => {
    let key: Key | null | undefined = known(line);
    if (key === undefined && current !== "keyActions" && line.depth === null && keyActionTitle.test(line.text))
      key = "keyActions";
    if (key === undefined && isQuestionHeading(line, index, lines)) key = null;
    if (key !== undefined) current = key;
    return key;
  };
}

/** The items of a list section; a lead-in ending in ":" is dropped, other text is kept aside. */
function listItems(lines: readonly PageLine[], heading: string, findings: Findings): PageLine[] {
  const prose = lines.filter((l) => l.text && l.depth === null && !l.text.endsWith(":"));
  const first = prose[0];
  if (first) findings.keep(first.no, heading, toMarkdown(prose), `text under "${heading}" that is not a list item`);
  return lines.filter((l) => l.text && l.depth !== null);
}

function stub(page: PageFile, line: number, name: ReturnType<typeof programmeName>): ImportItem {
  const input = programmeInput.parse({ ...name, isStub: true, source: "pages" });
  return { kind: "programme", origin: origin(page, line), ifMissing: true, input };
}

const join = (a: string | null | undefined, b: string | null) => [a, b].filter(Boolean).join("\n\n") || null;
