import type { PageLine } from "./page-lines.js";

/**
 * Page lines as Markdown: paragraphs apart, list items of one list together (the pages
 * put blank lines between items), nested items indented. Null when there is no text.
 */
export function toMarkdown(lines: readonly PageLine[]): string | null {
  const blocks: string[] = [];
  let list: string[] = [];
  const endList = () => {
    if (list.length) blocks.push(list.join("\n"));
    list = [];
  };
  for (const line of lines) {
    if (line.text === "") continue;
    if (line.depth === null) {
      endList();
      blocks.push(line.text);
    } else {
      list.push(`${"  ".repeat(line.depth)}- ${line.text}`);
    }
  }
  endList();
  return blocks.length ? blocks.join("\n\n") : null;
}
