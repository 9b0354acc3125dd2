import { headingKey, type PageLine } from "./page-lines.js";

/** A heading and the lines under it; `key` is null for a heading the importer does not know. */
export interface Section<K extends string> {
  key: K | null;
  heading: string;
  line: number;
  lines: PageLine[];
}

/** Recognises the headings of one kind of page: a known key, null for an unknown heading, undefined for text. */
export type HeadingRule<K extends string> = (line: PageLine, index: number, lines: readonly PageLine[]) => K | null | undefined;

/** Splits lines at every heading the rule recognises; lines before the first heading are returned apart. */
export function splitSections<K extends string>(lines: readonly PageLine[], rule: HeadingRule<K>) {
  const lead: PageLine[] = [];
  const sections: Section<K>[] = [];
  lines.forEach((line, index) => {
    const key = line.text === "" ? undefined : rule(line, index, lines);
    if (key === undefined) (sections.at(-1)?.lines ?? lead).push(line);
    else sections.push({ key, heading: line.text, line: line.no, lines: [] });
  });
  return { lead, sections };
}

/** A heading from a fixed list, compared without case, typographic apostrophes or closing colon. */
export function knownHeadings<K extends string>(headings: Record<string, K>, patterns: [RegExp, K][] = []) {
  return (line: PageLine): K | undefined => {
    if (line.depth !== null) return undefined;
    const key = headingKey(line.text);
    return headings[key] ?? patterns.find(([pattern]) => pattern.test(key))?.[1];
  };
}

/**
 * The guide words its own extra headings as questions on a line of their own ("Wie komt
 * in aanmerking ...?"); such a line is a heading even when we do not know it.
 */
export function isQuestionHeading(line: PageLine, index: number, lines: readonly PageLine[]): boolean {
  const blank = (i: number) => (lines[i]?.text ?? "") === "";
  return line.depth === null && line.text.endsWith("?") && line.text.length <= 120 && blank(index - 1) && blank(index + 1);
}
