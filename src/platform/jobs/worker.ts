import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import { holdLease } from "../db/leases.js";
import type { Database } from "../db/schema.js";
import type { JobContext, JobModule, ScheduledTask } from "./job-module.js";
import { claimNextJob, completeJob, enqueueJob, failJob, type Job, renewLease } from "./job-queue.js";

export interface WorkerOptions {
  db: Kysely<Database>;
  log: Logger;
  modules: readonly JobModule[];
  now?: () => Date;
  /** How long a lease lasts unless renewed; a dead worker's job is taken over this long after its last renewal. */
  leaseMs?: number;
  /** How long an idle worker waits before looking for due jobs again. */
  idleMs?: number;
}

const DEFAULT_MAX_ATTEMPTS = 8;

type Outcome = "done" | "retried" | "failed" | "lost";

/** A scheduled task's runs share a key, so however many workers schedule it, one run waits. */
const scheduleKey = (task: ScheduledTask) => `scheduled:${task.kind}`;

/**
 * Runs due jobs one at a time until stopped; several workers may run side by side. While a
 * job runs its lease is renewed every third of the lease, so a crashed worker's job is due
 * again within `leaseMs` (30 s) and the next idle look (5 s) of another worker takes it.
 */
export function createWorker(options: WorkerOptions) {
  const id = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const now = options.now ?? (() => new Date());
  const leaseMs = options.leaseMs ?? 30_000;
  const kinds = new Map<string, { maxAttempts: number; run: (payload: unknown, ctx: JobContext) => Promise<void> }>();
  const scheduled = new Map<string, ScheduledTask>();
  for (const module of options.modules) {
    for (const job of module.jobs ?? [])
      kinds.set(job.kind, { maxAttempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS, run: job.run });
    for (const task of module.scheduled ?? []) {
      scheduled.set(task.kind, task);
      kinds.set(task.kind, { maxAttempts: task.maxAttempts ?? DEFAULT_MAX_ATTEMPTS, run: (_payload, ctx) => task.run(ctx) });
    }
  }
  let running = false;
  let wake: (() => void) | undefined;

  const schedule = (db: Kysely<Database>, task: ScheduledTask, runAt: Date) =>
    enqueueJob(db, task.kind, {}, { now: now(), runAt, uniqueKey: scheduleKey(task) });

  /** Queues a run of every scheduled task that has none waiting (insert-or-ignore on its key). */
  async function ensureScheduled(): Promise<void> {
    for (const task of scheduled.values()) await schedule(options.db, task, now());
  }

  /**
   * Records how a job ended and, for a scheduled task that is done or failed for good,
   * queues its next run in the same transaction: no other worker's scheduling can slip in
   * between and queue a second run.
   */
  function finish(job: Job, end: (db: Kysely<Database>) => Promise<Outcome>): Promise<Outcome> {
    return options.db
      .transaction()
      .setAccessMode("read write")
      .execute(async (trx) => {
        const outcome = await end(trx);
        const task = scheduled.get(job.kind);
        if (task && (outcome === "done" || outcome === "failed"))
          await schedule(trx, task, new Date(now().getTime() + task.everyMs));
        return outcome;
      });
  }

  async function runOne(): Promise<Job | undefined> {
    const job = await claimNextJob(options.db, id, now(), leaseMs);
    if (!job) return undefined;
    const kind = kinds.get(job.kind);
    // Keeps the lease while the job runs; aborts the job's signal when another worker has it.
    const lease = holdLease(
      leaseMs / 3,
      () => renewLease(options.db, job, id, now(), leaseMs),
      (error) => options.log.warn({ job: job.id, err: error }, "lease renewal failed; trying again"),
    );
    const log = options.log.child({ job: job.id, kind: job.kind, attempt: job.attempts });
    let outcome: Outcome;
    try {
      if (!kind) throw new Error(`no module registers jobs of kind "${job.kind}"`);
      await kind.run(JSON.parse(job.payload), { db: options.db, log, now: now(), signal: lease.signal });
      lease.release();
      outcome = await finish(job, async (db) => ((await completeJob(db, job, id, now())) ? "done" : "lost"));
    } catch (error) {
      lease.release();
      outcome = await finish(job, (db) => failJob(db, job, id, error, now(), kind?.maxAttempts ?? 1));
      if (outcome !== "lost") log[outcome === "failed" ? "error" : "warn"]({ err: error }, `job ${outcome}`);
    }
    if (outcome === "done") log.info("job done");
    if (outcome === "lost") log.warn("job taken over by another worker after its lease ran out; its result is theirs");
    return job;
  }

  return {
    id,
    ensureScheduled,
    runOne,
    /**
     * Runs until stop(); returns when the job in hand has finished. A database that cannot be
     * reached stops nothing: the worker says so and looks again after its idle wait.
     */
    async start(): Promise<void> {
      running = true;
      let scheduledYet = false;
      while (running) {
        let job: Job | undefined;
        try {
          if (!scheduledYet) await ensureScheduled();
          scheduledYet = true;
          job = await runOne();
        } catch (error) {
          options.log.error({ err: error, worker: id }, "could not reach the job queue; trying again");
        }
        if (!job && running)
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, options.idleMs ?? 5_000);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
      }
    },
    stop(): void {
      running = false;
      wake?.();
    },
  };
}

export type Worker = ReturnType<typeof createWorker>;
