import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { seedDemoIfEmpty } from "../demo/seed-demo.js";
import { createCatalogueWriter } from "../history/catalogue-writer.js";
import { createSearchService, type SearchService } from "./search.service.js";

const NOW = new Date("2026-11-23T10:00:00Z");

for (const dialect of DIALECTS) {
  describe(`search on the demo guide (${dialect})`, () => {
    let db: TestDb;
    let service: SearchService;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      service = createSearchService(db);
      await seedDemoIfEmpty(db.kysely, createCatalogueWriter(db.kysely, [service.indexer]), NOW);
    });
    afterAll(() => db.destroy());

    it("puts the English vocational-excellence call first for the Dutch word beroepsopleiding", async () => {
      for (const q of ["beroepsopleiding", "beroepsonderwijs"]) {
        const [first] = (await service.search({ q }, NOW)).hits;
        expect(first?.slug, q).toBe("erasmus-centres-of-vocational-excellence");
      }
    });

    it("quotes plain text in snippets, not Markdown", async () => {
      for (const q of ["beroepsopleiding", "erasmus", "klimaat", "subsidie", ""]) {
        for (const hit of (await service.search({ q, pageSize: 50 }, NOW)).hits) {
          const snippet = hit.snippet.map((s) => s.text).join("");
          expect(snippet, hit.slug).not.toMatch(/(^|\s)[-*+] |\*\*|\]\(|&amp;|^#/);
        }
      }
    });
  });
}
