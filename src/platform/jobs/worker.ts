import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { Database } from "../db/schema.js";
import type { JobContext, JobDefinition, JobModule, ScheduledTask } from "./job-module.js";
import { claimNextJob, completeJob, enqueueJob, failJob, hasPendingJob, type Job } from "./job-queue.js";

export interface WorkerOptions {
  db: Kysely<Database>;
  log: Logger;
  modules: readonly JobModule[];
  now?: () => Date;
  leaseMs?: number;
  idleMs?: number;
}

/** Runs due jobs one at a time until stopped; several workers may run side by side. */
export function createWorker(options: WorkerOptions) {
  const id = `worker-${randomBytes(4).toString("hex")}`;
  const now = options.now ?? (() => new Date());
  const leaseMs = options.leaseMs ?? 10 * 60_000;
  const jobs = new Map<string, JobDefinition>(options.modules.flatMap((m) => m.jobs ?? []).map((j) => [j.kind, j]));
  const scheduled: ScheduledTask[] = options.modules.flatMap((m) => m.scheduled ?? []);
  let running = false;
  let wake: (() => void) | undefined;

  async function ensureScheduled(): Promise<void> {
    for (const task of scheduled) {
      if (!(await hasPendingJob(options.db, task.kind))) await enqueueJob(options.db, task.kind, {}, now());
    }
  }

  async function runOne(): Promise<Job | undefined> {
    const job = await claimNextJob(options.db, id, now(), leaseMs);
    if (!job) return undefined;
    const ctx: JobContext = { db: options.db, log: options.log, now: now() };
    const task = scheduled.find((t) => t.kind === job.kind);
    try {
      if (task) await task.run(ctx);
      else {
        const definition = jobs.get(job.kind);
        if (!definition) throw new Error(`no handler for job kind "${job.kind}"`);
        await definition.run(JSON.parse(job.payload), ctx);
      }
      await completeJob(options.db, job, now());
      if (task) await enqueueJob(options.db, task.kind, {}, new Date(now().getTime() + task.everyMs));
      options.log.info({ job: job.id, kind: job.kind }, "job done");
    } catch (error) {
      await failJob(options.db, job, error, now());
      options.log.warn({ job: job.id, kind: job.kind, err: error }, "job failed; retried later");
    }
    return job;
  }

  return {
    id,
    ensureScheduled,
    runOne,
    /** Runs until stop(); returns when the job in hand has finished. */
    async start(): Promise<void> {
      running = true;
      await ensureScheduled();
      while (running) {
        const job = await runOne();
        if (!job && running)
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, options.idleMs ?? 5_000);
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
