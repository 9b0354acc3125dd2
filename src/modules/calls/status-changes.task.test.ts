import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { buildCall } from "../../../test/support/factories.js";
import { createWorker } from "../../platform/jobs/worker.js";
import { createCatalogueWriter } from "../history/catalogue-writer.js";
import { callJobs } from "./calls.jobs.js";
import { recordStatusChanges } from "./status-changes.task.js";

for (const dialect of DIALECTS) {
  describe(`the worker records derived status changes once (${dialect})`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await createTestDb(dialect);
    });
    afterAll(() => db.destroy());

    it("notes a call closing as a status change record, once, and queues the next run", async () => {
      const writer = createCatalogueWriter(db.kysely);
      const call = await buildCall(writer, { deadlines: [{ date: "2026-12-01", time: "17:00" }] });
      let clock = new Date("2026-11-30T12:00:00Z");
      const worker = createWorker({
        db: db.kysely,
        log: pino({ level: "silent" }),
        modules: [callJobs],
        now: () => clock,
      });
      await worker.ensureScheduled();
      expect((await worker.runOne())?.kind).toBe(recordStatusChanges.kind);

      // The next run is not due before its interval has passed.
      expect(await worker.runOne()).toBeUndefined();
      clock = new Date("2026-12-01T16:00:01Z");
      await worker.runOne();
      clock = new Date(clock.getTime() + recordStatusChanges.everyMs);
      expect((await worker.runOne())?.kind).toBe(recordStatusChanges.kind);

      const changes = await db.kysely
        .selectFrom("changeRecords")
        .selectAll()
        .where("entityId", "=", call.id)
        .where("field", "=", "status")
        .execute();
      expect(changes.map((c) => [c.oldValue, c.newValue, c.actor])).toEqual([['"open"', '"closed"', "system"]]);
      const pending = await db.kysely.selectFrom("jobs").select("runAt").where("state", "=", "queued").execute();
      expect(pending).toHaveLength(1);
    });

    it("retries a failing job later instead of losing it", async () => {
      const clock = new Date("2026-11-30T12:00:00Z");
      const worker = createWorker({
        db: db.kysely,
        log: pino({ level: "silent" }),
        modules: [{ jobs: [{ kind: "test.fails", run: async () => Promise.reject(new Error("mail server down")) }] }],
        now: () => clock,
      });
      const { enqueueJob } = await import("../../platform/jobs/job-queue.js");
      const id = (await enqueueJob(db.kysely, "test.fails", { n: 1 }, { now: clock })) as number;
      await worker.runOne();
      const job = await db.kysely.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
      expect(job.attempts).toBe(1);
      expect(job.lastError).toBe("mail server down");
      expect(job).toMatchObject({ state: "queued", doneAt: null });
      expect(Date.parse(job.runAt)).toBe(clock.getTime() + 60_000);
    });
  });
}
