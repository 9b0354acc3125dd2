import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { createCatalogueWriter } from "../history/catalogue-writer.js";
import { seedTestCatalogue, TEST_NOW } from "./fixtures/test-catalogue.js";
import { createSearchService, type SearchService } from "./search.service.js";
import { parseSearchParams } from "./search.types.js";

interface Judgement {
  kind: string;
  q: string;
  filters?: string;
  expect: string;
  top?: number;
}

const { queries } = JSON.parse(readFileSync(new URL("./fixtures/relevance-queries.json", import.meta.url), "utf8")) as {
  queries: Judgement[];
};

/** Top five slugs per query and backend, to check that the backends agree. */
const topFive = new Map<string, Map<string, string[]>>();

for (const dialect of DIALECTS) {
  describe(`relevance suite (${dialect})`, () => {
    let db: TestDb;
    let service: SearchService;
    let found = 0;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      service = createSearchService(db);
      await seedTestCatalogue(createCatalogueWriter(db.kysely, [service.indexer]));
      topFive.set(dialect, new Map());
    });
    afterAll(async () => {
      console.info(`[search] precision@3 on ${dialect}: ${(found / queries.length).toFixed(3)} (${found}/${queries.length})`);
      await db.destroy();
    });

    it.each(queries)("$kind: $q $filters → $expect", async (judgement) => {
      const params = new URLSearchParams(judgement.filters ?? "");
      params.set("q", judgement.q);
      const { query } = parseSearchParams(params);
      const result = await service.search(query, TEST_NOW);
      const slugs = result.hits.map((h) => h.slug);
      topFive.get(dialect)?.set(`${judgement.q}?${judgement.filters ?? ""}`, slugs.slice(0, 5));
      const position = slugs.indexOf(judgement.expect);
      if (position >= 0 && position < (judgement.top ?? 3)) found++;
      expect(slugs.slice(0, judgement.top ?? 3)).toContain(judgement.expect);
    });
  });
}

if (DIALECTS.length > 1) {
  describe("both backends", () => {
    it("agree on the top five of every judged query", () => {
      const [first, second] = DIALECTS.map((d) => topFive.get(d));
      expect(first?.size).toBe(queries.length);
      expect(second).toEqual(first);
    });
  });
}
