import { describe, expect, it } from "vitest";
import { safeSameSitePath } from "./safe-path.js";

describe("safeSameSitePath", () => {
  it("keeps a path of this site with its query and fragment", () => {
    expect(safeSameSitePath("/oproepen?q=kmo&status=open", "/")).toBe("/oproepen?q=kmo&status=open");
    expect(safeSameSitePath("/en/calls#results", "/")).toBe("/en/calls#results");
  });

  it("refuses anything that could lead to another site", () => {
    for (const bad of [
      "https://evil.example/",
      "//evil.example/",
      "/\\evil.example",
      "\\\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "javascript:alert(1)",
      "oproepen",
      "",
      null,
      undefined,
    ]) {
      expect(safeSameSitePath(bad, "/mijn-gids")).toBe("/mijn-gids");
    }
  });
});
