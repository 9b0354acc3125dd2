import type { Command } from "commander";
import type { Config } from "../../config.js";
import { registerQueueCommand } from "../db/queue-command.js";
import { countJobs, listFailedJobs } from "./job-queue.js";

export function registerJobsCommand(program: Command, config: () => Config, now: () => Date = () => new Date()): void {
  registerQueueCommand(
    program,
    config,
    {
      name: "jobs",
      description: "Show the background jobs: how many wait, run, are done or failed; --failed lists the failed ones.",
      failedHelp: "list the jobs that ran out of tries, with their last error (most recent first)",
      items: "jobs",
      listFailed: listFailedJobs,
      describeFailed: (job) => ({
        head: `#${job.id} ${job.kind}: failed at ${job.failedAt} after ${job.attempts} tries`,
        lastError: job.lastError,
      }),
      count: countJobs,
      countLines: (counts) =>
        counts.length === 0
          ? ["No jobs."]
          : counts.map((c) => `${c.kind}: ${c.queued} queued, ${c.running} running, ${c.done} done, ${c.failed} failed`),
    },
    now,
  );
}
