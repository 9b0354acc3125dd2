import { type Command, InvalidArgumentError } from "commander";
import type { Kysely } from "kysely";
import type { Config } from "../../config.js";
import { connect } from "./connection.js";
import { migrateToLatest } from "./migrate.js";
import type { Database } from "./schema.js";

/** A queue the CLI shows (the jobs, the outbox): its counts, and its failed rows with their last error. */
export interface QueueCommand<Failed, Counts> {
  name: string;
  description: string;
  /** What --failed lists, and what --limit counts ("jobs", "mails"). */
  failedHelp: string;
  items: string;
  listFailed(db: Kysely<Database>, limit: number): Promise<Failed[]>;
  /** A failed row as printed: its head line and its last error. */
  describeFailed(item: Failed): { head: string; lastError: string | null };
  /** A failed row as --json prints it. */
  failedJson?(item: Failed): unknown;
  count(db: Kysely<Database>, now: Date): Promise<Counts>;
  countLines(counts: Counts): string[];
}

export function registerQueueCommand<Failed, Counts>(
  program: Command,
  config: () => Config,
  queue: QueueCommand<Failed, Counts>,
  now: () => Date,
): void {
  program
    .command(queue.name)
    .description(queue.description)
    .option("--failed", queue.failedHelp)
    .option("--limit <n>", `how many failed ${queue.items} to list (1-1000)`, positiveCount, 50)
    .option("--json", "print JSON instead of text")
    .action(async (options: { failed?: boolean; limit: number; json?: boolean }) => {
      const db = connect(config().DATABASE_URL);
      try {
        await migrateToLatest(db.kysely);
        if (options.failed) {
          const failed = await queue.listFailed(db.kysely, options.limit);
          if (options.json) return console.log(JSON.stringify(failed.map(queue.failedJson ?? ((item) => item)), null, 2));
          if (failed.length === 0) return console.log(`No failed ${queue.items}.`);
          for (const item of failed) {
            const { head, lastError } = queue.describeFailed(item);
            console.log(head);
            console.log(`  last error: ${lastError ?? "(none recorded)"}`);
          }
          return;
        }
        const counts = await queue.count(db.kysely, now());
        if (options.json) return console.log(JSON.stringify(counts, null, 2));
        for (const line of queue.countLines(counts)) console.log(line);
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
