import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { startProcess } from "../../../test/support/processes.js";
import { enqueueJob } from "./job-queue.js";
import { createWorker } from "./worker.js";

for (const dialect of DIALECTS) {
  describe(`subsidiegids jobs (${dialect})`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await createTestDb(dialect);
    });
    afterAll(() => db.destroy());

    const jobs = async (...args: string[]) => {
      const end = await startProcess("src/main.ts", ["jobs", ...args], { DATABASE_URL: db.url }).exited;
      expect(end.stderr).toBe("");
      expect(end.code).toBe(0);
      return end.stdout;
    };

    it("lists a job that ran out of tries with its last error, and counts jobs per state", async () => {
      const now = new Date("2026-11-30T09:00:00Z");
      const worker = createWorker({
        db: db.kysely,
        log: pino({ level: "silent" }),
        now: () => now,
        modules: [
          {
            jobs: [
              {
                kind: "alerts.deliver",
                maxAttempts: 1,
                run: async () => Promise.reject(new Error("550 mailbox unavailable")),
              },
            ],
          },
        ],
      });
      const id = await enqueueJob(db.kysely, "alerts.deliver", { to: "an@example.be" }, { now });
      await enqueueJob(db.kysely, "alerts.deliver", {}, { now, runAt: new Date("2026-12-01T09:00:00Z") });
      await worker.runOne();

      // Each command is a process of its own; they start side by side.
      const [failed, json, counts] = await Promise.all([jobs("--failed"), jobs("--failed", "--json"), jobs()]);
      expect(failed).toBe(
        `#${id} alerts.deliver: failed at 2026-11-30T09:00:00.000Z after 1 tries\n  last error: 550 mailbox unavailable\n`,
      );
      expect(JSON.parse(json)).toMatchObject([{ id, state: "failed", lastError: "550 mailbox unavailable" }]);
      expect(counts).toBe("alerts.deliver: 1 queued, 0 running, 0 done, 1 failed\n");
    }, 120_000);
  });
}
