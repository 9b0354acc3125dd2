import { describe, expect, it } from "vitest";
import { pageText, useCatalogueSuite } from "../../../test/support/catalogue-suite.js";
import { DIALECTS } from "../../../test/support/dialects.js";

for (const dialect of DIALECTS) {
  describe(`search page and calls overview (${dialect})`, () => {
    const suite = useCatalogueSuite(dialect);

    it("finds a call by its words and highlights them", async () => {
      const res = await suite.ctx.app.request("/zoeken?q=leerecosystemen");
      const html = await res.text();
      expect(res.status).toBe(200);
      expect(html).toContain("<mark>");
      const text = await pageText(suite.ctx.app, "/zoeken?q=leerecosystemen");
      expect(text).toContain("Leerecosystemen fase 2");
    });

    it("keeps the whole state in the URL: filters stay checked and counts are shown", async () => {
      const html = await (await suite.ctx.app.request("/oproepen?status=closed")).text();
      expect(html).toMatch(/<input[^>]*name="status"[^>]*value="closed"[^>]*checked/);
      const text = await pageText(suite.ctx.app, "/oproepen?status=closed");
      expect(text).toContain("Afgesloten oproep");
      expect(text).not.toContain("Leerecosystemen fase 2");
    });

    it("helps on zero results with links that drop a filter", async () => {
      const html = await (await suite.ctx.app.request("/zoeken?q=leerecosystemen&status=closed")).text();
      expect(html).toContain("Geen resultaten");
      expect(html).toContain('href="/zoeken?q=leerecosystemen"');
    });

    it("survives hostile queries with a normal page", async () => {
      for (const q of ['"unbalanced', "NEAR(", "*", "a:b^c\\", "'; drop table calls; --", "x".repeat(10_000), "\u0000\u0007😀"]) {
        const res = await suite.ctx.app.request(`/zoeken?q=${encodeURIComponent(q)}&status=bogus&page=-3`);
        expect(res.status, q.slice(0, 20)).toBe(200);
      }
    });

    it("orders the calls overview by nearest deadline when there are no words", async () => {
      const text = await pageText(suite.ctx.app, "/oproepen?status=open");
      expect(text.indexOf("Leerecosystemen fase 2")).toBeGreaterThan(0);
      expect(text.indexOf("Leerecosystemen fase 2")).toBeLessThan(text.indexOf("Oproep zonder deadline"));
      expect(await pageText(suite.ctx.app, "/en/search?q=learning")).toContain("Search");
    });
  });
}

describe("search result pagination", () => {
  const suite = useCatalogueSuite("sqlite");

  it("never links deeper than the deepest page a URL may ask for", async () => {
    const { SearchPage } = await import("./views/search-page.js");
    const { pageContext } = await import("../../platform/http/site-context.js");
    const { MAX_PAGE } = await import("./search.types.js");
    const result = await suite.ctx.deps.search.search({ q: "" }, suite.ctx.now);
    const huge = { ...result, total: 50_000, page: MAX_PAGE, pageCount: MAX_PAGE, query: { ...result.query, page: MAX_PAGE } };
    const request = new Request("http://localhost:3000/zoeken?page=1000");
    const html = (
      <SearchPage
        page={pageContext(
          { req: { url: request.url }, get: () => undefined } as never,
          "nl",
          "http://localhost:3000",
          suite.ctx.now,
        )}
        result={huge}
        action="/zoeken"
        title="Zoeken"
        intro=""
        breadcrumb="Zoeken"
      />
    ).toString();
    expect(html).toContain('aria-current="page">1000<');
    expect(html).not.toMatch(/page=1001/);
  });
});
