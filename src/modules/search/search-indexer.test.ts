import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { createCatalogueWriter } from "../history/catalogue-writer.js";
import { seedTestCatalogue, TEST_NOW } from "./fixtures/test-catalogue.js";
import { createSearchService, type SearchService } from "./search.service.js";

for (const dialect of DIALECTS) {
  describe(`full reindex (${dialect})`, () => {
    let db: TestDb;
    let service: SearchService;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      service = createSearchService(db);
      await seedTestCatalogue(createCatalogueWriter(db.kysely, [service.indexer]));
    });
    afterAll(() => db.destroy());

    const indexed = async () => ({
      documents: (await db.kysely.selectFrom("searchDocuments").selectAll().execute())
        .map(({ id, seq, ...rest }) => rest)
        .sort((a, b) => a.entityType.localeCompare(b.entityType) || a.entityId - b.entityId),
      // Tokens no document has any more stay at zero after writes (for running processes to see); a rebuild has none.
      terms: await db.kysely.selectFrom("searchTerms").select(["term", "df"]).where("df", ">", 0).orderBy("term").execute(),
    });

    it("builds in bulk exactly the index that the writes built one by one", async () => {
      const before = await indexed();
      const answer = await service.search({ q: "beroepsopleiding" }, TEST_NOW);
      expect(await service.reindexAll()).toEqual({ documents: before.documents.length });
      expect(await indexed()).toEqual(before);
      expect((await service.search({ q: "beroepsopleiding" }, TEST_NOW)).hits).toEqual(answer.hits);
    });
  });
}
