import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { connect } from "../../platform/db/connection.js";
import { callInput } from "../calls/call.input.js";
import { callStore } from "../calls/call.store.js";
import { type CatalogueWriter, createCatalogueWriter } from "../history/catalogue-writer.js";
import { themeInput } from "../themes/theme.input.js";
import { themeStore } from "../themes/theme.store.js";
import { seedTestCatalogue, TEST_NOW } from "./fixtures/test-catalogue.js";
import { createSearchService, type SearchService } from "./search.service.js";
import type { SearchQueryInput } from "./search.types.js";

const HOSTILE = [
  '"unbalanced quote',
  "x".repeat(10_000),
  "*",
  '"',
  '""',
  "NEAR(a b, 3)",
  "title:erasmus",
  "^erasmus",
  "\\",
  "' OR 1=1; drop table calls; --",
  "erasmus\u0000\u0007\u001b[31m",
  "😀 subsidie 🇪🇺",
  "- -- -",
  "OR OR OR",
  "a* AND b* NOT c*",
  "{title body}: erasmus",
  "erasmus +",
];

for (const dialect of DIALECTS) {
  describe(`search behaviour (${dialect})`, () => {
    let db: TestDb;
    let service: SearchService;
    let writer: CatalogueWriter;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      service = createSearchService(db);
      writer = createCatalogueWriter(db.kysely, [service.indexer]);
      await seedTestCatalogue(writer);
    });
    afterAll(() => db.destroy());

    it.each(HOSTILE)("answers a hostile query without an error: %s", async (q) => {
      const result = await service.search({ q }, TEST_NOW);
      expect(result.total).toBeGreaterThanOrEqual(0);
      expect(result.hits.length).toBeLessThanOrEqual(20);
    });

    it("counts each facet with every other filter applied, keeping its own values selectable", async () => {
      const all = await service.search({}, TEST_NOW);
      const open = await service.search({ statuses: ["open"] }, TEST_NOW);
      const openSchools = await service.search({ statuses: ["open"], beneficiaryTypes: ["scholen"] }, TEST_NOW);
      const count = (r: typeof all, facet: keyof typeof all.facets, value: string) =>
        r.facets[facet].find((v) => v.value === value)?.count ?? 0;
      // The status facet ignores the status filter itself, so "closed" can still be picked.
      expect(count(open, "statuses", "closed")).toBe(count(all, "statuses", "closed"));
      expect(open.total).toBe(count(all, "statuses", "open"));
      // With a beneficiary filter, status counts shrink to schools' calls.
      expect(count(openSchools, "statuses", "open")).toBe(openSchools.total);
      expect(openSchools.hits.map((h) => h.slug).sort()).toEqual([
        "centres-of-vocational-excellence-2024",
        "erasmus-kleinschalige-partnerschappen",
      ]);
      expect(open.facets.statuses.find((v) => v.value === "open")?.selected).toBe(true);
    });

    it("derives status from the dates at search time", async () => {
      const before = await service.search({ q: "Klimaatadaptatie grensregio" }, TEST_NOW);
      const after = await service.search({ q: "Klimaatadaptatie grensregio" }, new Date("2025-12-01T12:00:00Z"));
      expect(before.hits[0]?.status).toBe("forthcoming");
      expect(after.hits[0]?.status).toBe("closed");
    });

    it("sorts by the nearest deadline still ahead", async () => {
      const result = await service.search({ types: ["call"], statuses: ["open"], sort: "deadline" }, TEST_NOW);
      const deadlines = result.hits.map((h) => h.nearestDeadline).filter((d): d is string => d !== null);
      expect(deadlines).toEqual([...deadlines].sort());
      expect(result.hits[0]?.slug).toBe("creative-europe-film-distribution");
    });

    it("marks hits in title and snippet as text segments", async () => {
      const [hit] = (await service.search({ q: "biodiversity" }, TEST_NOW)).hits;
      expect(hit?.title.map((s) => s.text).join("")).toBe("LIFE Nature and Biodiversity standard action projects");
      expect(hit?.title).toContainEqual({ text: "Biodiversity", hit: true });
      expect(hit?.snippet.some((s) => s.hit && s.text === "biodiversity")).toBe(true);
    });

    it("suggests a correction from the vocabulary and keeps drafts out of it", async () => {
      expect((await service.search({ q: "cybersecurty" }, TEST_NOW)).didYouMean).toBe("cybersecurity");
      const draft = await service.search({ q: "geheimwoord" }, TEST_NOW);
      expect(draft.total).toBe(0);
      expect((await service.search({ q: "geheimwoort" }, TEST_NOW)).didYouMean).toBeNull();
    });

    it("follows a write in the same transaction and forgets what is unpublished", async () => {
      // Searched before the write, so the word's (empty) posting is cached and must not outlive it.
      expect((await service.search({ q: "zonnepanelen" }, TEST_NOW)).total).toBe(0);
      const input = callInput.parse({ slug: "zonnepanelen-scholen", title: "Zonnepanelen op scholen", code: "Oproep 777" });
      const { id } = await writer.save(callStore, { input, actor: "test" });
      expect((await service.search({ q: "zonnepanelen" }, TEST_NOW)).hits[0]?.slug).toBe("zonnepanelen-scholen");
      await writer.save(callStore, { id, input: { ...input, state: "archived" }, actor: "test" });
      expect((await service.search({ q: "zonnepanelen" }, TEST_NOW)).total).toBe(0);
    });

    it("answers after writes exactly as a process that has just started", async () => {
      const queries = [
        { q: "erasmus" },
        { q: "onderw" },
        { q: "europese samenwerking" },
        { q: "zonne" },
        { q: "", sort: "newest" as const },
        { q: "", sort: "deadline" as const },
        { q: "zonne-energi samenwerkng" },
      ];
      const compare = async () => {
        const fresh = db.schema ? connect(process.env.TEST_DATABASE_URL as string, { schema: db.schema }) : connect(db.url);
        const started = createSearchService(fresh);
        for (const query of queries) {
          const [live, anew] = [await service.search(query, TEST_NOW), await started.search(query, TEST_NOW)];
          expect({
            q: query.q,
            total: live.total,
            hits: live.hits,
            facets: live.facets,
            didYouMean: live.didYouMean,
          }).toEqual({
            q: query.q,
            total: anew.total,
            hits: anew.hits,
            facets: anew.facets,
            didYouMean: anew.didYouMean,
          });
        }
        await fresh.close();
      };
      for (const query of queries) await service.search(query, TEST_NOW); // the caches now hold these words
      const input = callInput.parse({
        slug: "zonne-erasmus",
        title: "Zonne-energie voor Erasmus-scholen",
        code: "Oproep 901",
        introduction: "Europese samenwerking rond onderwijs.",
      });
      const { id } = await writer.save(callStore, { input, actor: "test" });
      await compare();
      await writer.save(callStore, { id, input: { ...input, title: "Zonnepanelen voor het onderwijs" }, actor: "test" });
      await compare();
      // Its introduction changes how it scores and what its card quotes.
      await writer.save(callStore, {
        id,
        input: { ...input, introduction: "Samenwerking tussen Erasmus-scholen rond zonne-energie." },
        actor: "test",
      });
      await compare();
      await writer.save(callStore, { id, input: { ...input, state: "archived" }, actor: "test" });
      await compare();
      // A theme's name is on every facet that lists it, though no search document changes.
      const theme = themeInput.parse({ slug: "onderwijs", nameNl: "Onderwijs en vorming", nameEn: "Education and training" });
      await writer.save(themeStore, { input: theme, actor: "test" });
      await compare();
    });

    it("matches a half-typed word as a fresh process does when writes change its most frequent completions", async () => {
      const query = { q: "zonn" };
      await service.search(query, TEST_NOW); // the half-typed word's documents are now cached
      const common = "zonnbak zonnbal zonnbar zonndak zonndal zonndek zonndik zonnhof zonnkop zonnlat";
      for (const slug of ["zonn-een", "zonn-twee"]) {
        await writer.save(callStore, { input: callInput.parse({ slug, title: `Zonnige dagen ${common}` }), actor: "test" });
      }
      // Its one rare completion is not among the ten most frequent, so the word does not stand for it.
      await writer.save(callStore, { input: callInput.parse({ slug: "zonn-zeldzaam", title: "Een zonnzwik" }), actor: "test" });
      const fresh = db.schema ? connect(process.env.TEST_DATABASE_URL as string, { schema: db.schema }) : connect(db.url);
      const [live, anew] = [await service.search(query, TEST_NOW), await createSearchService(fresh).search(query, TEST_NOW)];
      await fresh.close();
      expect(anew.hits.map((h) => h.slug)).toContain("zonn-een");
      expect(anew.hits.map((h) => h.slug)).not.toContain("zonn-zeldzaam");
      expect({ total: live.total, hits: live.hits.map((h) => h.slug), facets: live.facets }).toEqual({
        total: anew.total,
        hits: anew.hits.map((h) => h.slug),
        facets: anew.facets,
      });
    });

    it("gives a search asked again the same result as the first time, up to when it holds", async () => {
      const query: SearchQueryInput = { q: "erasmus onderw", statuses: ["open"], page: 1 };
      const first = await service.search(query, TEST_NOW);
      const again = await service.search(query, TEST_NOW);
      expect(again).toEqual(first);
      expect(again.freshness.until).toBe(first.freshness.until);
      expect(first.total).toBeGreaterThan(0);
    });

    it("warms up with the most frequent words without changing what a search finds", async () => {
      const before = await createSearchService(db).search({ q: "erasmus onderw" }, TEST_NOW);
      const warmed = await service.warmUp({ now: TEST_NOW });
      expect(warmed.words).toBeGreaterThan(20);
      expect(warmed.bytes).toBeGreaterThan(0);
      const after = await service.search({ q: "erasmus onderw" }, TEST_NOW);
      expect(after.hits.map((h) => h.slug)).toEqual(before.hits.map((h) => h.slug));
      expect(after.total).toBe(before.total);
    });

    it("lets a call inherit its programme's themes and follow a programme change", async () => {
      const result = await service.search({ q: "Films on the Move", themes: ["cultuur-en-media"] }, TEST_NOW);
      expect(result.hits[0]?.slug).toBe("creative-europe-film-distribution");
      expect(result.hits[0]?.programme).toEqual({ slug: "creative-europe", name: "Creative Europe" });
    });
  });
}
