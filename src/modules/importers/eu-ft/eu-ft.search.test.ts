import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../../test/support/dialects.js";
import { createTestApp, visibleText } from "../../../../test/support/test-app.js";
import { mergeImport } from "../import-merger.js";
import { euFtImporter } from "./eu-ft.importer.js";

const feed = fileURLToPath(new URL("../../../../../shared/data/eu-ft/sedia-feed-2026-08-22.json", import.meta.url));

for (const dialect of DIALECTS) {
  describe(`real EU calls, once imported, are found by the site's search (${dialect})`, () => {
    let db: TestDb;
    let ctx: ReturnType<typeof createTestApp>;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db, { now: new Date("2026-09-01T10:00:00Z") });
      const batch = await euFtImporter.read(feed, { now: ctx.now });
      const report = await mergeImport(ctx.writer, batch, { actor: "import" });
      expect(report.committed).toBe(true);
    }, 300_000);
    afterAll(() => db.destroy());

    it("finds calls by their words", async () => {
      const result = await ctx.deps.search.search({ q: "hydrogen", types: ["call"] }, ctx.now);
      expect(result.total).toBeGreaterThan(3);
      expect(
        result.hits[0]?.title
          .map((s) => s.text)
          .join("")
          .toLowerCase(),
      ).toContain("hydrogen");
    });

    it("puts the call first when its code is typed, on the search page too", async () => {
      const result = await ctx.deps.search.search({ q: "HORIZON-CL5-2027-07-D3-17" }, ctx.now);
      expect(result.hits[0]?.code).toBe("HORIZON-CL5-2027-07-D3-17");
      const page = visibleText(await (await ctx.app.request("/zoeken?q=HORIZON-CL5-2027-07-D3-17")).text());
      expect(page).toContain("HORIZON-CL5-2027-07-D3-17");
    });

    it("shows a topic's summary without the portal template's headings and stock sentences", async () => {
      const page = visibleText(await (await ctx.app.request("/oproepen/erasmus-edu-2026-pex-cove")).text());
      expect(page).toContain("Centres of Vocational Excellence (CoVE) aim to be a driving force");
      expect(page).not.toMatch(/Scope:|CENTRES OF VOCATIONAL EXCELLENCE/);
      const results = await (await ctx.app.request("/zoeken?type=call&programme=horizon-europe")).text();
      const summaries = [...results.matchAll(/<p class="card-summary"[^>]*>([\s\S]*?)<\/p>/g)].map((m) =>
        visibleText(m[1] ?? "").trim(),
      );
      expect(summaries.length).toBeGreaterThan(5);
      for (const summary of summaries) {
        expect(summary).not.toMatch(/^(?:Expected Outcome|Expected Impact|Scope|Project results are expected to contribute)/);
      }
    });

    it("names a programme in Dutch on Dutch pages and in English on English ones, never by its code alone", async () => {
      const dutch = await (await ctx.app.request("/zoeken?type=call")).text();
      expect(dutch).toMatch(/<span>Programma Digitaal Europa<\/span>\s*<span class="count"/);
      const english = await (await ctx.app.request("/en/search?type=call")).text();
      expect(english).toMatch(/<span>Digital Europe Programme<\/span>\s*<span class="count"/);
      expect(english).not.toMatch(/<span>DIGITAL<\/span>/);
      const programme = visibleText(await (await ctx.app.request("/en/programmes/digital")).text());
      expect(programme).toContain("Digital Europe Programme");
    });
  });
}
