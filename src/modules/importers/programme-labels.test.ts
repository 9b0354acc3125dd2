import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { buildProgramme } from "../../../test/support/factories.js";
import { createCatalogueWriter } from "../history/catalogue-writer.js";
import { euFtImporter } from "./eu-ft/eu-ft.importer.js";
import { mergeImport } from "./import-merger.js";
import { listProgrammeLabels, mapProgrammeLabel } from "./programme-labels.js";

const now = new Date("2026-08-22T08:00:00Z");
const FEED = new URL("../../../../shared/data/eu-ft/sedia-feed-2026-08-22.json", import.meta.url).pathname;

/** Three real Digital Europe topics from the portal's feed. */
function digitalFeed(): string {
  const { grants } = JSON.parse(readFileSync(FEED, "utf8")) as { grants: { frameworkProgrammes?: { id: string }[] }[] };
  const digital = grants.filter((g) => g.frameworkProgrammes?.[0]?.id === "43152860").slice(0, 3);
  const path = join(mkdtempSync(join(tmpdir(), "labels-")), "digital.json");
  writeFileSync(path, JSON.stringify({ grants: digital }));
  return path;
}

for (const dialect of DIALECTS) {
  describe(`raw programme labels of imports (${dialect})`, () => {
    let db: TestDb;
    let feed: string;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      feed = digitalFeed();
    });
    afterAll(() => db?.destroy());

    const importFeed = async () =>
      mergeImport(createCatalogueWriter(db.kysely), await euFtImporter.read(feed, { now }), { actor: "import:eu-ft", now });
    const programmesOfCalls = async () =>
      (
        await db.kysely
          .selectFrom("calls")
          .innerJoin("programmes", "programmes.id", "calls.programmeId")
          .select("programmes.slug")
          .execute()
      ).map((r) => r.slug);

    it("lists a label imports met, and once it is mapped, later imports attach their calls to that programme", async () => {
      const first = await importFeed();
      expect(first.records.filter((r) => r.kind === "call" && r.outcome === "created")).toHaveLength(3);
      expect(await programmesOfCalls()).toEqual(["digital", "digital", "digital"]);
      expect(await listProgrammeLabels(db.kysely)).toMatchObject([
        { label: "DIGITAL", seenBy: "import:eu-ft", proposedSlug: "digital", calls: 3, programme: null },
      ]);

      const writer = createCatalogueWriter(db.kysely);
      const target = await buildProgramme(writer, { slug: "digitaal-europa", name: "Digitaal Europa" });
      await db.kysely
        .transaction()
        .execute((trx) => mapProgrammeLabel(trx, { label: "DIGITAL", programmeId: target.id, actor: "An", now }));

      const second = await importFeed();
      expect(second.counts).toMatchObject({ created: 0, updated: 3 });
      expect(second.skipped).toContainEqual(
        expect.objectContaining({ reason: 'programme "DIGITAL" is mapped to "digitaal-europa"' }),
      );
      expect(await programmesOfCalls()).toEqual(["digitaal-europa", "digitaal-europa", "digitaal-europa"]);
      expect((await listProgrammeLabels(db.kysely))[0]).toMatchObject({
        label: "DIGITAL",
        programme: { slug: "digitaal-europa", name: "Digitaal Europa" },
      });

      const third = await importFeed();
      expect(third.counts).toMatchObject({ created: 0, updated: 0 });
      expect(third.records.filter((r) => r.kind === "call").map((r) => r.outcome)).toEqual([
        "unchanged",
        "unchanged",
        "unchanged",
      ]);
    });
  });
}
