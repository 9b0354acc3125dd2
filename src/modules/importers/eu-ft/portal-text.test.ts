import { describe, expect, it } from "vitest";
import { portalLabel, portalText } from "./portal-text.js";

describe("what the portal sends, normalised", () => {
  it("keeps a title sent once per line only once, with its spaces collapsed", () => {
    const title = "Support to  the Ministry of Public Administration";
    expect(portalLabel(`${title}\n ${title} \r\n${title}`)).toBe("Support to the Ministry of Public Administration");
    expect(portalLabel("Coal %26 Steel\nResearch")).toBe("Coal & Steel Research");
  });

  it("drops a paragraph repeated right after itself, and keeps one that comes back later", () => {
    const text = "<p>Expected Outcome:</p><p>Expected Outcome:</p><ul><li>yes</li></ul><p>Scope</p><ul><li>yes</li></ul>";
    expect(portalText(text)).toBe("Expected Outcome:\n\n- yes\n\nScope\n\n- yes");
  });
});
