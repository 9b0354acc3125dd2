import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { type RunningProcess, startProcess } from "../../../test/support/processes.js";
import { enqueueJob } from "./job-queue.js";

const WORKER = "test/support/job-worker.process.ts";

for (const dialect of DIALECTS) {
  describe(`workers in separate processes (${dialect})`, () => {
    let db: TestDb;
    let dir: string;
    const started: RunningProcess[] = [];
    beforeAll(async () => {
      db = await createTestDb(dialect);
      dir = mkdtempSync(join(tmpdir(), "subsidiegids-workers-"));
    });
    afterAll(async () => {
      for (const worker of started) worker.child.kill("SIGKILL");
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    });

    const startWorker = async (runs: string, leaseMs: number, mode?: string) => {
      const worker = startProcess(WORKER, [db.url, runs, String(leaseMs), "100", ...(mode ? [mode] : [])]);
      started.push(worker);
      const line = await worker.lineWith("worker started");
      return { worker, id: line.split(" ").at(-1) ?? "" };
    };
    const runLines = (runs: string) => (existsSync(runs) ? readFileSync(runs, "utf8").trim().split("\n") : []);
    const jobRows = (ids: number[]) => db.kysely.selectFrom("jobs").selectAll().where("id", "in", ids).orderBy("id").execute();
    const until = async (done: () => Promise<boolean>) => {
      while (!(await done())) await new Promise((resolve) => setTimeout(resolve, 100));
    };

    it("two workers share the queue and never run one job twice", async () => {
      const runs = join(dir, "shared.log");
      const workers = await Promise.all([startWorker(runs, 30_000), startWorker(runs, 30_000)]);
      const now = new Date();
      const ids = (
        await Promise.all(Array.from({ length: 30 }, (_, n) => enqueueJob(db.kysely, "test.work", { n, ms: 30 }, { now })))
      ).filter((id) => id !== undefined);
      await until(async () => (await jobRows(ids)).every((job) => job.state === "done"));
      for (const { worker } of workers) worker.child.kill("SIGTERM");
      expect((await Promise.all(workers.map(({ worker }) => worker.exited))).map((end) => end.code)).toEqual([0, 0]);

      const done = runLines(runs).filter((line) => line.startsWith("done "));
      const numbers = done.map((line) => Number(line.split(" ")[1]));
      expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, n) => n));
      expect(runLines(runs).filter((line) => line.startsWith("start "))).toHaveLength(30);
      // Both took part: the claim hands out different jobs rather than queueing them for one worker.
      for (const { id } of workers) expect(done.some((line) => line.endsWith(id))).toBe(true);
      expect((await jobRows(ids)).every((job) => job.attempts === 1)).toBe(true);

      // Both scheduled the hourly task on start: it ran once and its next run waits, once.
      const hourly = await db.kysely.selectFrom("jobs").select("state").where("kind", "=", "test.hourly").orderBy("id").execute();
      expect(hourly).toEqual([{ state: "done" }, { state: "queued" }]);
    }, 120_000);

    it("a worker killed mid-job loses it to another once its lease runs out; the job completes once", async () => {
      const runs = join(dir, "killed.log");
      const doomed = await startWorker(runs, 1_500, "--hang");
      const [id] = [await enqueueJob(db.kysely, "test.work", { n: 1, ms: 0 }, { now: new Date() })] as [number];
      await doomed.worker.lineWith("started 1");
      doomed.worker.child.kill("SIGKILL");
      expect((await doomed.worker.exited).signal).toBe("SIGKILL");

      const heir = await startWorker(runs, 1_500);
      await until(async () => (await jobRows([id]))[0]?.state === "done");
      heir.worker.child.kill("SIGTERM");
      await heir.worker.exited;
      expect(runLines(runs)).toEqual([`start 1 ${doomed.id}`, `start 1 ${heir.id}`, `done 1 ${heir.id}`]);
      expect(await jobRows([id])).toMatchObject([{ state: "done", attempts: 2, lockedBy: heir.id }]);
    }, 120_000);

    it("a job running three times its lease keeps it: the lease is renewed while it runs", async () => {
      const runs = join(dir, "long.log");
      // Both workers look for work every 100 ms; the one that does not get the job keeps looking.
      const workers = await Promise.all([startWorker(runs, 3_000), startWorker(runs, 3_000)]);
      const [id] = [await enqueueJob(db.kysely, "test.work", { n: 7, ms: 9_000 }, { now: new Date() })] as [number];
      await until(async () => (await jobRows([id]))[0]?.state === "done");
      for (const { worker } of workers) worker.child.kill("SIGTERM");
      await Promise.all(workers.map(({ worker }) => worker.exited));
      const [start, done, ...more] = runLines(runs);
      expect(more).toEqual([]);
      const runner = start?.split(" ").at(-1);
      expect([start, done]).toEqual([`start 7 ${runner}`, `done 7 ${runner}`]);
      expect(await jobRows([id])).toMatchObject([{ state: "done", attempts: 1, lockedBy: runner }]);
    }, 120_000);
  });
}
