import type { ProgrammeInput } from "../../programmes/programme.input.js";
import type { Findings } from "./findings.js";
import { legislationReference } from "./legislation.js";
import { headingKey, type PageLine } from "./page-lines.js";
import { toMarkdown } from "./page-markdown.js";

type Fact = "projectTypes" | "partners" | "cofinancing" | "maxDuration" | "applicationProcedure" | "legislation";
const labels: Record<string, Fact> = {
  projecttype: "projectTypes",
  projecttypes: "projectTypes",
  "europese partners nodig?": "partners",
  cofinanciering: "cofinancing",
  "maximale duur": "maxDuration",
  aanvraagprocedure: "applicationProcedure",
  "toepasselijke (eu) wetgeving": "legislation",
  "toepasselijke wetgeving": "legislation",
};

type GoodToKnow = Pick<
  ProgrammeInput,
  "projectTypes" | "partnersNeeded" | "partnersNote" | "cofinancing" | "maxDuration" | "applicationProcedure" | "legislation"
>;

/**
 * "Goed om weten" is a list of labels (Projecttype, Cofinanciering, ...) each followed by
 * its value. Values are kept as written, "tbc" included: unknown is not empty.
 */
export function goodToKnow(lines: readonly PageLine[], findings: Findings): Partial<GoodToKnow> {
  const facts: Partial<GoodToKnow> = {};
  for (const { label, values } of labelled(lines)) {
    const fact = labels[headingKey(label.text)];
    const text = toMarkdown(values);
    if (fact === "partners") Object.assign(facts, partners(values));
    else if (fact === "legislation") facts.legislation = values.filter((v) => v.text).map((v) => legislationReference(v.text));
    else if (fact) facts[fact] = text;
    else findings.keep(label.line, label.text, text, `"Goed om weten" item "${label.text}" is not one the importer knows`);
  }
  return facts;
}

/** A label is a list item the importer knows, or a short capitalised one without closing punctuation. */
function isLabel(line: PageLine): boolean {
  if (line.depth !== 0) return false;
  if (labels[headingKey(line.text)]) return true;
  return line.text.length <= 60 && /^\p{Lu}/u.test(line.text) && !/[.;:,]$/.test(line.text);
}

function labelled(lines: readonly PageLine[]) {
  const groups: { label: { text: string; line: number }; values: PageLine[] }[] = [];
  for (const line of lines) {
    if (isLabel(line)) groups.push({ label: { text: line.text, line: line.no }, values: [] });
    else groups.at(-1)?.values.push(line);
  }
  return groups;
}

const answers: [RegExp, "yes" | "no" | "sometimes"][] = [
  [/^(soms|afhankelijk|niet altijd|ja\s*\/\s*nee)\b/i, "sometimes"],
  [/^ja\b/i, "yes"],
  [/^nee\b/i, "no"],
];

/** "Ja, in veel gevallen ..." → yes with the rest as note; an answer we cannot read stays a note. */
function partners(values: readonly PageLine[]): Pick<GoodToKnow, "partnersNeeded" | "partnersNote"> {
  const text = toMarkdown(values);
  if (!text) return { partnersNeeded: null, partnersNote: null };
  const answer = answers.find(([pattern]) => pattern.test(text));
  if (!answer) return { partnersNeeded: null, partnersNote: text };
  const note = text.replace(answer[0], "").replace(/^[\s,:;.-]+/, "");
  return { partnersNeeded: answer[1], partnersNote: note || null };
}
