import { PageError } from "./page-error.js";

/** One line of an origin page: its number in the file, its text and, for a list item, its depth. */
export interface PageLine {
  no: number;
  text: string;
  depth: number | null;
  /** The number of an item of a numbered list ("1." or "2)"), which keeps its place. */
  ordinal?: number;
}

const bullet = /^(\s*)[•▪◦]\s*/;
const numbered = /^\s*(\d{1,2})[.)]\s+(?=\S)/;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes a page and splits it in lines; binary or non-UTF-8 content is refused. */
export function pageLines(bytes: Uint8Array): PageLine[] {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new PageError(lineAt(bytes, nul), "this is a binary file, not a page of text");
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new PageError(1, "this file is not UTF-8 text");
  }
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((raw, index): PageLine => {
      const match = bullet.exec(raw);
      const number = match ? null : numbered.exec(raw);
      const body = raw.slice((match ?? number)?.[0].length ?? 0);
      const line = { no: index + 1, text: body.replace(/\s+/g, " ").trim() };
      if (number) return { ...line, depth: 0, ordinal: Number(number[1]) };
      return { ...line, depth: match ? ((match[1] ?? "").length >= 2 ? 1 : 0) : null };
    });
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

/** The lines that carry text. */
export const filled = (lines: readonly PageLine[]) => lines.filter((l) => l.text !== "");

/** Headings are compared without case, typographic apostrophes or a closing colon. */
export const headingKey = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s*:$/, "").trim();
