import { decodeHTML } from "entities";
import { marked, type Token, type Tokens } from "marked";

/**
 * The words of a Markdown text as a reader sees them: what is analysed and what snippets
 * quote, without list dashes, emphasis marks, link targets or entities. Walking marked's
 * tokens costs a fraction of rendering HTML and sanitising it, which matters when a
 * hundred thousand calls are indexed; text without any Markdown sign is taken as it is.
 */
const MARKDOWN_SIGN = /[*_`#[\]<>|~\\&]|^\s*(?:[-+=]|\d+[.)])/m;

export function plainText(markdown: string | null): string | null {
  if (!markdown || !MARKDOWN_SIGN.test(markdown)) return markdown;
  return decodeHTML(marked.lexer(markdown).map(textOf).filter(Boolean).join("\n\n"));
}

function textOf(token: Token): string {
  switch (token.type) {
    case "space":
    case "hr":
      return "";
    case "br":
      return "\n";
    case "code":
    case "codespan":
      return (token as Tokens.Code).text;
    case "html":
      return (token as Tokens.HTML).text.replace(/<[^>]*>/g, " ");
    case "list":
      return (token as Tokens.List).items.map(textOf).join("\n");
    case "table": {
      const table = token as Tokens.Table;
      return [table.header, ...table.rows].map((row) => row.map((cell) => joined(cell.tokens, " ")).join(" ")).join("\n");
    }
    case "blockquote":
    case "list_item":
      return joined((token as Tokens.Blockquote).tokens, "\n");
  }
  const children = (token as { tokens?: Token[] }).tokens;
  return children ? joined(children, "") : ((token as { text?: string }).text ?? "");
}

function joined(tokens: Token[], separator: string): string {
  return tokens.map(textOf).join(separator);
}
