import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { seedDemoIfEmpty } from "../demo/seed-demo.js";
import { createCatalogueWriter } from "../history/catalogue-writer.js";
import { euFtImporter } from "../importers/eu-ft/eu-ft.importer.js";
import { mergeImport } from "../importers/import-merger.js";
import { createSearchService, type SearchService } from "./search.service.js";
import type { SearchHit } from "./search.types.js";

interface Judgement {
  q: string;
  /** A call code (feed) or slug (demo guide) that must be among the first three. */
  expect: string;
}

const judged = JSON.parse(readFileSync(new URL("./fixtures/cross-language-queries.json", import.meta.url), "utf8")) as {
  feed: Judgement[];
  demo: Judgement[];
};
/** The real data lives beside the checkout (../shared/data); SHARED_DATA_DIR points elsewhere. */
const SHARED_DATA = process.env.SHARED_DATA_DIR ?? fileURLToPath(new URL("../../../../shared/data", import.meta.url));
const FEED = join(SHARED_DATA, "eu-ft/sedia-feed-2026-08-22.json");
const FEED_NOW = new Date("2026-09-01T10:00:00Z");
const DEMO_NOW = new Date("2026-11-23T10:00:00Z");
/** What the judged set must reach, per language pair and backend. */
const TARGET = 0.85;

interface Pair {
  name: string;
  judgements: Judgement[];
  now: Date;
  load: (db: TestDb, service: SearchService) => Promise<void>;
  id: (hit: SearchHit) => string | null;
}

const PAIRS: Pair[] = [
  {
    name: "Dutch queries, English calls of the EU feed",
    judgements: judged.feed,
    now: FEED_NOW,
    load: async (db, service) => {
      const batch = await euFtImporter.read(FEED, { now: FEED_NOW });
      const report = await mergeImport(createCatalogueWriter(db.kysely, [service.indexer]), batch, { actor: "import" });
      expect(report.committed).toBe(true);
    },
    id: (hit) => hit.code,
  },
  {
    name: "English queries, Dutch calls of the demo guide",
    judgements: judged.demo,
    now: DEMO_NOW,
    load: async (db, service) => {
      await seedDemoIfEmpty(db.kysely, createCatalogueWriter(db.kysely, [service.indexer]), DEMO_NOW);
    },
    id: (hit) => hit.slug,
  },
];

for (const dialect of DIALECTS) {
  for (const pair of PAIRS) {
    describe(`${pair.name} (${dialect})`, () => {
      let db: TestDb;
      let service: SearchService;
      const misses: string[] = [];
      beforeAll(async () => {
        db = await createTestDb(dialect);
        service = createSearchService(db);
        await pair.load(db, service);
      }, 300_000);
      afterAll(() => db.destroy());

      it(`finds the judged call in the top 3 for at least ${TARGET * 100} % of ${pair.judgements.length} queries`, async () => {
        for (const judgement of pair.judgements) {
          const result = await service.search({ q: judgement.q, types: ["call"] }, pair.now);
          const top = result.hits.slice(0, 3).map(pair.id);
          if (!top.includes(judgement.expect)) misses.push(`${judgement.q} → ${judgement.expect} (got ${top.join(", ")})`);
        }
        const precision = 1 - misses.length / pair.judgements.length;
        console.info(`[search] ${pair.name} on ${dialect}: precision@3 ${precision.toFixed(3)}\n  ${misses.join("\n  ")}`);
        expect(precision, misses.join("\n")).toBeGreaterThanOrEqual(TARGET);
      }, 120_000);

      it("quotes readable sentences: no portal boilerplate, footnote marks or Markdown escapes", async () => {
        for (const judgement of pair.judgements.slice(0, 30)) {
          for (const hit of (await service.search({ q: judgement.q, pageSize: 10 }, pair.now)).hits) {
            const snippet = hit.snippet.map((s) => s.text).join("");
            expect(snippet, hit.slug).not.toMatch(/expected outcome|are expected to contribute|\[\d+\]|\\/i);
          }
        }
      });
    });
  }
}
