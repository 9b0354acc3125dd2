import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { startServeProcess } from "../../../test/support/serve-process.js";

for (const dialect of DIALECTS) {
  describe(`serve runs the registered jobs (${dialect})`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await createTestDb(dialect);
    });
    afterAll(() => db.destroy());

    it("runs the modules' scheduled tasks beside the site and queues their next run", async () => {
      const server = await startServeProcess({ DATABASE_URL: db.url });
      try {
        const statusRuns = () =>
          db.kysely.selectFrom("jobs").select("state").where("kind", "=", "calls.record-status-changes").orderBy("id").execute();
        while ((await statusRuns()).length < 2) await new Promise((resolve) => setTimeout(resolve, 200));
        expect(await statusRuns()).toEqual([{ state: "done" }, { state: "queued" }]);
      } finally {
        expect(await server.stop()).toBe(0);
      }
    }, 120_000);
  });
}
