import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { connect } from "../db/connection.js";
import { claimNextJob, enqueueJob } from "./job-queue.js";

for (const dialect of DIALECTS) {
  describe(`the job queue (${dialect})`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await createTestDb(dialect);
    });
    afterAll(() => db.destroy());

    it("hands each due job to exactly one of several workers racing for it", async () => {
      const now = new Date("2026-11-23T10:00:00Z");
      const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => enqueueJob(db.kysely, "race", { i }, now)));
      // Separate connections, as separate worker processes would have.
      const workers = Array.from({ length: 4 }, () => connect(db.url, db.schema ? { schema: db.schema } : {}));
      try {
        const claimed = await Promise.all(
          workers.map(async (worker, w) => {
            const mine: number[] = [];
            for (;;) {
              const job = await claimNextJob(worker.kysely, `w${w}`, now, 60_000);
              if (!job) return mine;
              mine.push(job.id);
            }
          }),
        );
        const all = claimed.flat();
        expect(all.sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
        expect(new Set(all).size).toBe(all.length);
        await db.kysely.updateTable("jobs").set({ doneAt: now.toISOString() }).execute();
      } finally {
        await Promise.all(workers.map((w) => w.close()));
      }
    });

    it("gives a job whose lease ran out to another worker", async () => {
      const now = new Date("2026-11-24T10:00:00Z");
      const id = await enqueueJob(db.kysely, "lease", {}, now);
      expect((await claimNextJob(db.kysely, "a", now, 60_000))?.id).toBe(id);
      expect(await claimNextJob(db.kysely, "b", new Date(now.getTime() + 30_000), 60_000)).toBeUndefined();
      expect((await claimNextJob(db.kysely, "b", new Date(now.getTime() + 61_000), 60_000))?.lockedBy).toBe("b");
    });
  });
}
