import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { startProcess } from "../../../test/support/processes.js";
import { seedDemoIfEmpty } from "../demo/seed-demo.js";
import { createCatalogueWriter } from "../history/catalogue-writer.js";

/**
 * The README's import commands, run as a user runs them on a fresh clone: the CLI in its own
 * process, on the example files of the repository, against a guide started with its demo
 * content (which the CSV example's programme and themes come from).
 */
for (const dialect of DIALECTS) {
  describe(`the example import files (${dialect})`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      await seedDemoIfEmpty(db.kysely, createCatalogueWriter(db.kysely), new Date());
    });
    afterAll(() => db.destroy());

    it("import with every record read and none rejected", { timeout: 120_000 }, async () => {
      for (const [format, file, records] of [
        ["pages", "examples/imports/pages", 2],
        ["eu-ft", "examples/imports/eu-portal-feed.json", 3],
        ["csv", "examples/imports/calls.csv", 3],
      ] as const) {
        const { code, stdout } = await startProcess("src/main.ts", ["import", format, file, "--dry-run", "--json"], {
          DATABASE_URL: db.url,
        }).exited;
        expect(code, `${file}: ${stdout}`).toBe(0);
        const { counts } = JSON.parse(stdout);
        expect(counts.rejected, file).toBe(0);
        // With the programmes and themes a portal record brings along.
        expect(counts.created + counts.updated + counts.unchanged, file).toBeGreaterThanOrEqual(records);
      }
    });
  });
}
