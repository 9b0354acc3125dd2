import { decodeHTML } from "entities";
import sanitizeHtml from "sanitize-html";

/** Block-level tags become paragraph breaks and list items Markdown bullets before tags go. */
const blockBreaks: [RegExp, string][] = [
  [/<li\b[^>]*>/gi, "\n- "],
  [/<br\s*\/?>/gi, "\n"],
  [/<\/(?:p|div|ul|ol|h[1-6]|table|tr|blockquote)>/gi, "\n\n"],
];

/** Characters Markdown would read as markup; the portal's text means them literally. */
const markdownMarkup = /[\\`*_[\]<>]/g;

/**
 * Portal text (HTML or plain text with HTML entities) as Markdown-safe plain text: tags
 * removed by a real sanitiser, entities decoded, paragraphs and list items kept, stray
 * markup characters escaped. Empty text is null: unknown, not "".
 */
export function portalText(value: string | null | undefined): string | null {
  if (!value) return null;
  let html = value;
  for (const [pattern, replacement] of blockBreaks) html = html.replace(pattern, replacement);
  const stripped = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
  const lines = decodeHTML(stripped)
    .replace(/\u00a0/g, " ")
    .split(/\r?\n/)
    .map((line) => line.replace(/[ \t]+/g, " ").trim());
  // The portal sometimes sends a paragraph twice in a row: the second copy says nothing new.
  let previous = "";
  const text = lines
    .filter((line) => {
      if (line === "") return true;
      const repeated = line === previous;
      previous = line;
      return !repeated;
    })
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .replace(markdownMarkup, (c) => `\\${c}`)
    .replace(/^(#+|\d+\.) /gm, (m) => `\\${m}`);
  return text || null;
}

/**
 * A one-line label: entities and percent-escapes decoded, runs of spaces collapsed, and a
 * line the portal repeated verbatim (a title sent three times over, one per line) kept once.
 */
export function portalLabel(value: string | null | undefined): string | null {
  if (!value) return null;
  const lines = decodeHTML(decodePercentEscapes(value))
    .split(/[\r\n]+/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  return [...new Set(lines)].join(" ") || null;
}

export function decodePercentEscapes(value: string): string {
  return value.replace(/(?:%[0-9A-Fa-f]{2})+/g, (escaped) => {
    try {
      return decodeURIComponent(escaped);
    } catch {
      return escaped;
    }
  });
}
