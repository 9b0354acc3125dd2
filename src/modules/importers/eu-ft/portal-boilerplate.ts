/**
 * The portal's topic texts open with the headings and stock sentences of its template
 * ("Expected Outcome:", "Project results are expected to contribute to all of the
 * following expected outcomes:", "Scope: CENTRES OF VOCATIONAL EXCELLENCE"). They tell a
 * reader nothing about the call, and as the start of a summary they hide what does.
 */
const sectionLabel = /^(?:scope|expected outcomes?|expected impacts?|objectives?|background|specific conditions?)\s*:?\s*/i;

const stockLeadIn = [
  /^(?:projects?|proposals?)(?: results)?(?: under this topic)? (?:are|is|should|will)\b.{0,120}\b(?:following|outcomes?)\b[^.:]{0,80}:$/i,
  /^this topic aims at supporting activities that are enabling or contributing to\b.{0,400}:$/i,
];

/** A line without the template's heading before it: "Scope: Centres of ..." is "Centres of ...". */
export function withoutSectionLabel(line: string): string {
  const label = sectionLabel.exec(line)?.[0] ?? "";
  return label.includes(":") ? line.slice(label.length) : line;
}

/** Portal Markdown (from portalText) without its template's labels and lead-ins; null when nothing else is left. */
export function withoutPortalBoilerplate(text: string | null, title: string): string | null {
  if (!text) return null;
  const kept = text.split("\n\n").flatMap((paragraph) => {
    const label = sectionLabel.exec(paragraph)?.[0] ?? "";
    // "Scope of the action is ..." is a sentence; only "Scope:" or "Scope" alone is a label.
    const unlabelled = label.includes(":") || label === paragraph ? paragraph.slice(label.length) : paragraph;
    const [first = "", ...others] = unlabelled.split("\n");
    const rest = (stockLeadIn.some((p) => p.test(first)) ? others : [first, ...others]).join("\n").trim();
    return rest === "" || sameWords(rest, title) ? [] : [rest];
  });
  return kept.join("\n\n") || null;
}

const sameWords = (a: string, b: string) =>
  a.replace(/\W+/g, " ").trim().toLowerCase() === b.replace(/\W+/g, " ").trim().toLowerCase();
