import { type Command, InvalidArgumentError } from "commander";
import type { Config } from "../../config.js";
import { connect } from "../db/connection.js";
import { migrateToLatest } from "../db/migrate.js";
import { countJobs, listFailedJobs } from "./job-queue.js";

export function registerJobsCommand(program: Command, config: () => Config, now: () => Date = () => new Date()): void {
  program
    .command("jobs")
    .description("Show the background jobs: how many wait, run, are done or failed; --failed lists the failed ones.")
    .option("--failed", "list the jobs that ran out of tries, with their last error (most recent first)")
    .option("--limit <n>", "how many failed jobs to list (1-1000)", positiveCount, 50)
    .option("--json", "print JSON instead of text")
    .action(async (options: { failed?: boolean; limit: number; json?: boolean }) => {
      const db = connect(config().DATABASE_URL);
      try {
        await migrateToLatest(db.kysely);
        if (options.failed) {
          const failed = await listFailedJobs(db.kysely, options.limit);
          if (options.json) return console.log(JSON.stringify(failed, null, 2));
          if (failed.length === 0) return console.log("No failed jobs.");
          for (const job of failed) {
            console.log(`#${job.id} ${job.kind}: failed at ${job.failedAt} after ${job.attempts} tries`);
            console.log(`  last error: ${job.lastError ?? "(none recorded)"}`);
          }
          return;
        }
        const counts = await countJobs(db.kysely, now());
        if (options.json) return console.log(JSON.stringify(counts, null, 2));
        if (counts.length === 0) return console.log("No jobs.");
        for (const c of counts)
          console.log(`${c.kind}: ${c.queued} queued, ${c.running} running, ${c.done} done, ${c.failed} failed`);
      } finally {
        await db.close();
      }
    });
}

export function positiveCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000)
    throw new InvalidArgumentError(`"${value}" is not a whole number from 1 to 1000.`);
  return n;
}
