import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { createCatalogueWriter } from "../history/catalogue-writer.js";
import { seedTestCatalogue, TEST_NOW } from "./fixtures/test-catalogue.js";
import { FIELD_NAMES, FieldsReader, type FieldTexts, type ScoredFields } from "./scored-fields.js";
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

    // The scorer's fields by their tokens: a rebuild numbers the tokens in another order than the writes did.
    const indexed = async () => {
      const numbers = await db.kysely.selectFrom("searchTerms").select(["term", "number"]).execute();
      const tokenOf = new Map(numbers.map((row) => [row.number, row.term]));
      return {
        documents: (await db.kysely.selectFrom("searchDocuments").selectAll().execute())
          .map(({ id, seq, scoredFields, ...rest }) => ({ ...rest, scored: scoredFields && textsOf(scoredFields, tokenOf) }))
          .sort((a, b) => a.entityType.localeCompare(b.entityType) || a.entityId - b.entityId),
        // Tokens no document has any more stay at zero after writes (for running processes to see); a rebuild has none.
        terms: await db.kysely.selectFrom("searchTerms").select(["term", "df"]).where("df", ">", 0).orderBy("term").execute(),
      };
    };

    it("stores the scorer's fields of every published document, its tokens as their numbers", async () => {
      const { documents } = await indexed();
      expect(documents.filter((d) => d.published === 0).map((d) => d.scored)).toEqual(
        documents.filter((d) => d.published === 0).map(() => null),
      );
      for (const d of documents.filter((d) => d.published === 1)) {
        expect(d.scored).toEqual({
          title: d.titleTerms,
          code: d.codeTerms,
          intro: d.introTerms,
          body: d.bodyTerms,
          parts: d.partsTerms,
        });
      }
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

function textsOf(fields: ScoredFields, tokenOf: Map<number, string>): FieldTexts {
  const reader = new FieldsReader().read(fields);
  const texts = FIELD_NAMES.map((name, f) => {
    const from = reader.decoded(f);
    const tokens = [...reader.tokens.subarray(from, from + reader.length(f))].map((number) => tokenOf.get(number));
    return [name, tokens.join(" ")];
  });
  return Object.fromEntries(texts) as FieldTexts;
}
