import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { callInput } from "../calls/call.input.js";
import { createCatalogueWriter } from "../history/catalogue-writer.js";
import { emptyBatch } from "./import-batch.js";
import { mergeImport } from "./import-merger.js";

for (const dialect of DIALECTS) {
  describe(`merging an import (${dialect})`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await createTestDb(dialect);
    });
    afterAll(() => db.destroy());

    const batch = () => ({
      ...emptyBatch(),
      items: [
        {
          origin: "rows.csv:2",
          kind: "call" as const,
          input: callInput.parse({ slug: "goede-oproep", title: "Goed", source: "csv", externalId: "A" }),
        },
        {
          origin: "rows.csv:3",
          kind: "call" as const,
          input: callInput.parse({
            slug: "slechte-oproep",
            title: "Slecht",
            themes: ["bestaat-niet"],
            source: "csv",
            externalId: "B",
          }),
        },
      ],
    });
    const slugs = async () => (await db.kysely.selectFrom("calls").select("slug").orderBy("slug").execute()).map((r) => r.slug);

    it("rejects the whole file when one record fails, writing nothing", async () => {
      const report = await mergeImport(createCatalogueWriter(db.kysely), batch(), { actor: "test" });
      expect(report.committed).toBe(false);
      expect(report.rejected).toEqual([{ origin: "rows.csv:3", reason: 'unknown themes "bestaat-niet"' }]);
      expect(await slugs()).toEqual([]);
    });

    it("a dry run reports exactly and writes nothing", async () => {
      const report = await mergeImport(
        createCatalogueWriter(db.kysely),
        { ...batch(), items: batch().items.slice(0, 1) },
        { actor: "test", dryRun: true },
      );
      expect(report.counts.created).toBe(1);
      expect(report.committed).toBe(false);
      expect(await slugs()).toEqual([]);
    });

    it("with skip-invalid keeps the good records and leaves no trace of the bad one", async () => {
      const report = await mergeImport(createCatalogueWriter(db.kysely), batch(), { actor: "test", skipInvalid: true });
      expect(report.committed).toBe(true);
      expect(report.counts).toMatchObject({ created: 1, rejected: 1 });
      expect(await slugs()).toEqual(["goede-oproep"]);
      const revisions = await db.kysely.selectFrom("revisions").select("entityId").execute();
      expect(revisions).toHaveLength(1);
    });
  });
}
