import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { connect } from "../../platform/db/connection.js";
import { migrateToLatest } from "../../platform/db/migrate.js";
import { down } from "../../platform/db/migrations/0060-stored-scored-fields.js";
import { callInput } from "../calls/call.input.js";
import { callStore } from "../calls/call.store.js";
import { createCatalogueWriter } from "../history/catalogue-writer.js";
import { seedTestCatalogue, TEST_NOW } from "./fixtures/test-catalogue.js";
import { createSearchService } from "./search.service.js";
import type { SearchQueryInput } from "./search.types.js";

const QUERIES: SearchQueryInput[] = [
  { q: "beroepsopleiding" },
  { q: "erasmus onderwijs" },
  { q: '"digitale vaardigheden"' },
  { q: "klimaat adaptatie" },
  { q: "onderw" },
  { q: "climate change", languages: ["en"] },
];

for (const dialect of DIALECTS) {
  describe(`an index built before the scorer's fields were stored (${dialect})`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      await seedTestCatalogue(createCatalogueWriter(db.kysely, [createSearchService(db).indexer]));
    });
    afterAll(() => db.destroy());

    /** A process started now: its own connection, so nothing of an earlier snapshot is kept. */
    const started = () => {
      const fresh = db.schema ? connect(process.env.TEST_DATABASE_URL as string, { schema: db.schema }) : connect(db.url);
      return { fresh, service: createSearchService(fresh) };
    };

    const answers = async () => {
      const { fresh, service } = started();
      try {
        const found = [];
        for (const query of QUERIES) {
          const { total, hits } = await service.search(query, TEST_NOW);
          found.push({ query, total, hits: hits.map((h) => [h.slug, h.title, h.snippet]) });
        }
        return found;
      } finally {
        await fresh.close();
      }
    };

    it("answers after the upgrade as before it, and numbers the tokens of the next write", async () => {
      const before = await answers();
      // The database as it was before the upgrade: no numbers, no stored fields.
      await down(db.kysely);
      await sql`delete from kysely_migration where name = '0060-stored-scored-fields'`.execute(db.kysely);
      expect(await migrateToLatest(db.kysely, db.schema)).toEqual({ applied: ["0060-stored-scored-fields"] });
      expect(await answers()).toEqual(before);

      const { fresh, service } = started();
      try {
        const writer = createCatalogueWriter(fresh.kysely, [service.indexer]);
        const input = callInput.parse({
          slug: "warmtenet-scholen",
          title: "Warmtenetten voor beroepsopleiding",
          code: "Oproep 778",
        });
        await writer.save(callStore, { input, actor: "test" });
        const { hits } = await service.search({ q: "warmtenetten beroepsopleiding" }, TEST_NOW);
        expect(hits[0]?.slug).toBe("warmtenet-scholen");
      } finally {
        await fresh.close();
      }
    });
  });
}
