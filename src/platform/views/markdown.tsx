import { decodeHTML } from "entities";
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const marked = new Marked({ gfm: true, breaks: false, async: false });

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "u",
    "a",
    "ul",
    "ol",
    "li",
    "h2",
    "h3",
    "h4",
    "blockquote",
    "code",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "hr",
    "sup",
  ],
  // A numbered list interrupted by a paragraph goes on with its own number.
  allowedAttributes: { a: ["href", "title", "hreflang"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  // Headings inside editorial text sit below the page's own h2 sections.
  transformTags: { h1: "h3", h2: "h3", h5: "h4", h6: "h4" },
};

/** Text that is the page's body itself, right under its h1 (an article): its headings start at h2. */
const asBody: sanitizeHtml.IOptions = { ...allowed, transformTags: { h1: "h2", h4: "h3", h5: "h3", h6: "h3" } };

/** Markdown written by editors or importers, as sanitised HTML. */
export function markdownToHtml(markdown: string, placement: "section" | "body" = "section"): string {
  return sanitizeHtml(marked.parse(markdown) as string, placement === "body" ? asBody : allowed);
}

/** Plain text of Markdown for descriptions, feeds and snippets. */
export function markdownToText(markdown: string, maxLength = 300): string {
  // Plain text, not HTML: the entities sanitising writes are decoded, so "&" is escaped once where it is shown.
  // Footnote marks say nothing in a one-line description.
  const options = {
    allowedTags: [],
    allowedAttributes: {},
    exclusiveFilter: (frame: sanitizeHtml.IFrame) => frame.tag === "sup",
  };
  const text = decodeHTML(sanitizeHtml(marked.parse(markdown) as string, options))
    .replace(/\s+/g, " ")
    .trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).replace(/\s+\S*$/, "")}…` : text;
}

export function Markdown({
  source,
  class: className,
  placement,
}: {
  source: string | null;
  class?: string;
  placement?: "section" | "body";
}) {
  if (!source) return null;
  return <div class={className ?? "prose"} dangerouslySetInnerHTML={{ __html: markdownToHtml(source, placement) }} />;
}
