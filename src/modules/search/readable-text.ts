/**
 * A call's text as a reader wants to quote it: without the portal's boilerplate lines
 * ("Expected Outcome:", "Project results are expected to contribute to all of the following
 * expected outcomes:"), headings and lines that only announce a list, footnote marks ("[1]")
 * and Markdown escapes left in plain text. What is stored stays as it is; snippets, the API's
 * summaries and the feeds read it through this.
 */
const HEADING =
  /^(?:expected outcomes?|expected impacts?|scope|objectives?|destination|topic description|description|background|specific (?:topic )?conditions|conditions|context)\s*:?$/i;
/** "Expected Outcome:" before the text of the same line. */
const LEADING_LABEL = /^(?:expected outcomes?|expected impacts?|scope|objectives?)\s*:\s+/i;
/** A line ending in a colon that opens a list says nothing a snippet should show. */
const ANNOUNCES_LIST = /:$/;
const MAX_ANNOUNCEMENT_WORDS = 16;
const FOOTNOTE = /\s?\[\d{1,3}\]/g;
const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()#+\-.!<>|~])/g;

/** Plain text (as the search index keeps it), cleaned for quoting. */
export function readableText(text: string | null): string | null {
  if (!text) return text;
  return readableLines(text).replace(MARKDOWN_ESCAPE, "$1");
}

/** Markdown, cleaned the same way but keeping its escapes (they are Markdown). */
export function readableMarkdown(markdown: string | null): string | null {
  if (!markdown) return markdown;
  return readableLines(markdown);
}

function readableLines(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(FOOTNOTE, ""))
    .filter((line) => !isBoilerplate(line))
    .map((line) => line.replace(LEADING_LABEL, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function isBoilerplate(line: string): boolean {
  const bare = line
    .trim()
    .replace(/^(?:[-*+]|\d+[.)]|#+)\s+/, "")
    .replace(/\\/g, "")
    .replace(/[*_]+/g, "");
  if (bare === "") return false;
  if (HEADING.test(bare)) return true;
  return ANNOUNCES_LIST.test(bare) && bare.split(/\s+/).length <= MAX_ANNOUNCEMENT_WORDS;
}
