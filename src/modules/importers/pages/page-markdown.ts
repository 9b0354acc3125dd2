import type { PageLine } from "./page-lines.js";

/**
 * Page lines as Markdown: paragraphs apart, list items of one list together (the pages
 * put blank lines between items), nested items indented, numbered items with their own
 * numbers, and the bullets under a numbered item that ends in ":" kept under it. Null when
 * there is no text.
 */
export function toMarkdown(lines: readonly PageLine[]): string | null {
  const blocks: string[] = [];
  let list: string[] = [];
  let under = "";
  const endList = () => {
    if (list.length) blocks.push(list.join("\n"));
    list = [];
    under = "";
  };
  for (const line of lines) {
    if (line.text === "") continue;
    const text = withFootnotes(line.text);
    if (line.depth === null) {
      endList();
      blocks.push(text);
    } else if (line.ordinal !== undefined) {
      list.push(`${line.ordinal}. ${text}`);
      under = line.text.endsWith(":") ? " ".repeat(`${line.ordinal}. `.length) : "";
    } else {
      list.push(`${under}${"  ".repeat(line.depth)}- ${text}`);
    }
  }
  endList();
  return blocks.length ? blocks.join("\n\n") : null;
}

/**
 * The origin pages lost their footnotes' formatting: "partnerschapsvormen190" is the word
 * "partnerschapsvormen" with footnote 190. A number glued to the end of a lower-case word
 * (or a closing bracket) becomes a footnote mark again; their notes were not copied along.
 */
const footnoteMark = /(\p{Ll}{3}|[’')])(\d{1,3})(?=[\s,.;:!?)]|$)/gu;

export const withFootnotes = (text: string) => text.replace(footnoteMark, "$1<sup>$2</sup>");
