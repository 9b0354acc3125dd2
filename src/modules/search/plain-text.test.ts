import { describe, expect, it } from "vitest";
import { plainText } from "./plain-text.js";

describe("plain text for search", () => {
  it("keeps the words of Markdown without its signs", () => {
    const markdown =
      "- Eerste **doel** met [een link](https://example.org/pad)\n- Tweede &amp; laatste `doel`\n\n## Wie?\n\nKmo&#39;s en _scholen_.\n\n| land | bedrag |\n|---|---|\n| België | 10 |";
    expect(plainText(markdown)).toBe(
      "Eerste doel met een link\nTweede & laatste doel\n\nWie?\n\nKmo's en scholen.\n\nland bedrag\nBelgië 10",
    );
  });

  it("leaves text without Markdown as it is", () => {
    expect(plainText("Steun voor opleiding in Vlaanderen. Twee zinnen.")).toBe(
      "Steun voor opleiding in Vlaanderen. Twee zinnen.",
    );
    expect(plainText(null)).toBeNull();
  });
});
