import { describe, expect, it } from "vitest";
import { readableMarkdown, readableText } from "./readable-text.js";

describe("readable text", () => {
  it("leaves out the portal's boilerplate lines and headings, footnote marks and escapes", () => {
    const text = [
      "Expected Outcome:",
      "",
      "Project results are expected to contribute to all of the following expected outcomes:",
      "",
      "- Cities adopt nature-based solutions \\(NBS\\) at scale.[1]",
      "Scope:",
      "Proposals should test them in at least three regions.[12]",
    ].join("\n");
    expect(readableText(text)).toBe(
      "- Cities adopt nature-based solutions (NBS) at scale.\nProposals should test them in at least three regions.",
    );
  });

  it("drops a leading label but keeps the text of its line", () => {
    expect(readableText("Expected Outcome: Better monitoring of soils.")).toBe("Better monitoring of soils.");
  });

  it("keeps a sentence that merely contains a colon, and Markdown's escapes in Markdown", () => {
    const markdown =
      "The call funds three things: research, pilots and training for the whole of the sector and its partners.\n\\*not emphasis\\*";
    expect(readableMarkdown(markdown)).toBe(markdown);
  });

  it("keeps nothing for nothing", () => {
    expect(readableText(null)).toBeNull();
    expect(readableText("Scope:")).toBe("");
  });
});
