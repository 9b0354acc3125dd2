import { articleInput } from "../../articles/article.input.js";
import type { PageLine } from "./page-lines.js";
import { toMarkdown } from "./page-markdown.js";
import { origin, type PageFile, type PageRecords, validated } from "./page-records.js";
import { slugOf } from "./page-slug.js";

/** A short line on its own without closing punctuation ("Wat?", "Volgende stappen") heads a part of the article. */
function isArticleHeading(line: PageLine, index: number, lines: readonly PageLine[]): boolean {
  const blank = (i: number) => (lines[i]?.text ?? "") === "";
  return line.depth === null && line.text.length <= 80 && !/[.,;:]$/.test(line.text) && blank(index - 1) && blank(index + 1);
}

/** An article: title, a short subtitle line, then text under headings, kept as Markdown. */
export function articlePage(page: PageFile, title: PageLine, body: readonly PageLine[]): PageRecords {
  const start = body.findIndex((l) => l.text !== "");
  const first = body[start];
  const hasSubtitle = first !== undefined && isArticleHeading(first, start, body);
  const rest = hasSubtitle ? body.slice(start + 1) : body;
  const parts: { heading: string | null; lines: PageLine[] }[] = [{ heading: null, lines: [] }];
  rest.forEach((line, index) => {
    if (line.text !== "" && isArticleHeading(line, index, rest)) parts.push({ heading: line.text, lines: [] });
    else parts.at(-1)?.lines.push(line);
  });
  const markdown = parts
    .map((part) => [part.heading && `## ${part.heading}`, toMarkdown(part.lines)].filter(Boolean).join("\n\n"))
    .filter(Boolean)
    .join("\n\n");
  const input = validated(
    articleInput,
    {
      slug: slugOf(title.text),
      title: title.text,
      subtitle: hasSubtitle ? first.text : null,
      body: markdown || null,
      source: "pages",
      externalId: `${page.stem}#article`,
    },
    title.no,
  );
  return { items: [{ kind: "article", origin: origin(page, title.no), input }], warnings: [] };
}
