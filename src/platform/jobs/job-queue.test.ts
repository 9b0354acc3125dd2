import { sql } from "kysely";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { connect } from "../db/connection.js";
import { claimNextJob, enqueueJob, listFailedJobs } from "./job-queue.js";
import { createWorker } from "./worker.js";

const silent = pino({ level: "silent" });

for (const dialect of DIALECTS) {
  describe(`the job queue (${dialect})`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await createTestDb(dialect);
    });
    afterAll(() => db.destroy());

    // Separate connections, as separate worker processes would have.
    const withConnections = async <T>(count: number, work: (connections: TestDb["kysely"][]) => Promise<T>) => {
      const connections = Array.from({ length: count }, () => connect(db.url, db.schema ? { schema: db.schema } : {}));
      try {
        return await work(connections.map((c) => c.kysely));
      } finally {
        await Promise.all(connections.map((c) => c.close()));
      }
    };

    it("hands each due job to exactly one of several workers racing for it", async () => {
      const now = new Date("2026-11-23T10:00:00Z");
      const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => enqueueJob(db.kysely, "race", { i }, { now })));
      const claimed = await withConnections(4, (workers) =>
        Promise.all(
          workers.map(async (worker, w) => {
            const mine: number[] = [];
            for (;;) {
              const job = await claimNextJob(worker, `w${w}`, now, 60_000);
              if (!job) return mine;
              mine.push(job.id);
            }
          }),
        ),
      );
      const all = claimed.flat().sort((a, b) => a - b);
      expect(all).toEqual(ids.map(Number).sort((a, b) => a - b));
      expect(new Set(all).size).toBe(all.length);
      await db.kysely.updateTable("jobs").set({ state: "done" }).where("kind", "=", "race").execute();
    });

    it("gives a job whose lease ran out to another worker, and counts the second try", async () => {
      const now = new Date("2026-11-24T10:00:00Z");
      const id = await enqueueJob(db.kysely, "lease", {}, { now });
      expect((await claimNextJob(db.kysely, "a", now, 60_000))?.id).toBe(id);
      expect(await claimNextJob(db.kysely, "b", new Date(now.getTime() + 30_000), 60_000)).toBeUndefined();
      const taken = await claimNextJob(db.kysely, "b", new Date(now.getTime() + 61_000), 60_000);
      expect(taken).toMatchObject({ id, lockedBy: "b", attempts: 2 });
      await db.kysely
        .updateTable("jobs")
        .set({ state: "done" })
        .where("id", "=", id as number)
        .execute();
    });

    it("queues work with a unique key once while it waits, and again once it has run", async () => {
      const now = new Date("2026-11-25T10:00:00Z");
      const first = await enqueueJob(db.kysely, "digest", { user: 1 }, { now, uniqueKey: "digest:1:2026-11-25" });
      expect(await enqueueJob(db.kysely, "digest", { user: 1 }, { now, uniqueKey: "digest:1:2026-11-25" })).toBeUndefined();
      expect(await enqueueJob(db.kysely, "digest", { user: 2 }, { now, uniqueKey: "digest:2:2026-11-25" })).toBeDefined();
      await db.kysely
        .updateTable("jobs")
        .set({ state: "done" })
        .where("id", "=", first as number)
        .execute();
      expect(await enqueueJob(db.kysely, "digest", { user: 1 }, { now, uniqueKey: "digest:1:2026-11-25" })).toBeDefined();
      await db.kysely.updateTable("jobs").set({ state: "done" }).where("kind", "=", "digest").execute();
    });

    it("makes one job when two workers schedule the same task at the same moment", async () => {
      const now = new Date("2026-11-26T10:00:00Z");
      const task = { kind: "test.every-hour", everyMs: 3_600_000, run: async () => {} };
      await withConnections(2, async (connections) => {
        const workers = connections.map((c) =>
          createWorker({ db: c, log: silent, modules: [{ scheduled: [task] }], now: () => now }),
        );
        for (let round = 0; round < 5; round++) await Promise.all(workers.map((w) => w.ensureScheduled()));
      });
      const queued = await db.kysely.selectFrom("jobs").selectAll().where("kind", "=", task.kind).execute();
      expect(queued).toMatchObject([{ state: "queued", uniqueKey: "scheduled:test.every-hour", runAt: now.toISOString() }]);
      await db.kysely.updateTable("jobs").set({ state: "done" }).where("kind", "=", task.kind).execute();
    });

    it("marks a job that keeps failing as failed, with its last error, never as done", async () => {
      let clock = new Date("2026-11-27T10:00:00Z");
      let tries = 0;
      const worker = createWorker({
        db: db.kysely,
        log: silent,
        now: () => clock,
        modules: [
          {
            jobs: [
              {
                kind: "test.always-fails",
                maxAttempts: 3,
                run: async () => {
                  tries++;
                  throw new Error(`mail server refused (try ${tries})`);
                },
              },
            ],
          },
        ],
      });
      const id = (await enqueueJob(db.kysely, "test.always-fails", {}, { now: clock })) as number;
      for (let i = 0; i < 3; i++) {
        expect((await worker.runOne())?.id).toBe(id);
        clock = new Date(clock.getTime() + 60 * 60_000);
      }
      expect(await worker.runOne()).toBeUndefined();
      const job = await db.kysely.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
      expect(job).toMatchObject({ state: "failed", attempts: 3, doneAt: null, lastError: "mail server refused (try 3)" });
      expect(job.failedAt).toBe(new Date(clock.getTime() - 60 * 60_000).toISOString());
      expect((await listFailedJobs(db.kysely)).map((j) => j.id)).toContain(id);
    });

    it("keeps running when the queue cannot be read for a while, and runs the work once it can", async () => {
      const lines: string[] = [];
      const log = pino({ level: "error" }, { write: (line: string) => void lines.push(line) });
      const ran: number[] = [];
      const worker = createWorker({
        db: db.kysely,
        log,
        idleMs: 20,
        modules: [{ jobs: [{ kind: "test.after-outage", run: async (payload) => void ran.push((payload as { n: number }).n) }] }],
      });
      await sql`alter table jobs rename to jobs_away`.execute(db.kysely);
      const running = worker.start();
      try {
        while (lines.length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
      } finally {
        await sql`alter table jobs_away rename to jobs`.execute(db.kysely);
      }
      await enqueueJob(db.kysely, "test.after-outage", { n: 42 }, { now: new Date() });
      while (ran.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      worker.stop();
      await running;
      expect(ran).toEqual([42]);
      expect(JSON.parse(lines[0] ?? "{}").msg).toBe("could not reach the job queue; trying again");
    });

    it("fails a job of a kind no module registers at once, saying so", async () => {
      const now = new Date("2026-11-28T10:00:00Z");
      const id = (await enqueueJob(db.kysely, "test.unknown-kind", {}, { now })) as number;
      await createWorker({ db: db.kysely, log: silent, modules: [], now: () => now }).runOne();
      const job = await db.kysely.selectFrom("jobs").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
      expect(job).toMatchObject({ state: "failed", lastError: 'no module registers jobs of kind "test.unknown-kind"' });
    });
  });
}
