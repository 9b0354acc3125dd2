import { describe, expect, it } from "vitest";
import { useCatalogueSuite } from "../../../test/support/catalogue-suite.js";
import { DIALECTS } from "../../../test/support/dialects.js";
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

for (const dialect of DIALECTS) {
  describe(`back links never leave the site (${dialect})`, () => {
    const suite = useCatalogueSuite(dialect);

    it("links back to its own overview, never to another host, whatever the Referer or ?terug= says", async () => {
      const { open, programme, event, article } = suite.data;
      const pages = [
        `/oproepen/${open.slug}`,
        `/programmas/${programme.slug}`,
        `/evenementen/${event.slug}`,
        `/artikels/${article.slug}`,
      ];
      for (const path of pages) {
        for (const back of [
          "",
          "?terug=%2F%2Fevil.example%2Fphish",
          "?terug=%2F%5Cevil.example",
          "?terug=https%3A%2F%2Fevil.example",
        ]) {
          const res = await suite.ctx.app.request(`${path}${back}`, {
            headers: { referer: "http://localhost:3000//evil.example/phish" },
          });
          expect(res.status, path).toBe(200);
          const href = /<p class="back-link"><a href="([^"]*)"/.exec(await res.text())?.[1];
          expect(href, `${path}${back}`).toMatch(/^\/[a-z]+$/);
        }
      }
    });
  });
}
