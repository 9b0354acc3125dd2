import type { Command } from "commander";
import type { Config } from "../../config.js";
import { connect } from "../db/connection.js";
import { migrateToLatest } from "../db/migrate.js";
import { positiveCount } from "../jobs/jobs.command.js";
import { countOutbox, listFailedMails } from "./outbox.js";

export function registerMailCommand(program: Command, config: () => Config, now: () => Date = () => new Date()): void {
  program
    .command("mail")
    .description("Show the outbox: how many mails wait, are being sent, were sent or failed; --failed lists the failed ones.")
    .option("--failed", "list the mails refused for good or out of tries, with the last error (most recent first)")
    .option("--limit <n>", "how many failed mails to list (1-1000)", positiveCount, 50)
    .option("--json", "print JSON instead of text")
    .action(async (options: { failed?: boolean; limit: number; json?: boolean }) => {
      const db = connect(config().DATABASE_URL);
      try {
        await migrateToLatest(db.kysely);
        if (options.failed) {
          const failed = await listFailedMails(db.kysely, options.limit);
          const shown = failed.map(({ htmlBody: _html, textBody: _text, ...mail }) => mail);
          if (options.json) return console.log(JSON.stringify(shown, null, 2));
          if (failed.length === 0) return console.log("No failed mails.");
          for (const mail of shown) {
            console.log(
              `#${mail.id} ${mail.uniqueKey} to ${mail.recipient}: failed at ${mail.failedAt} after ${mail.attempts} tries`,
            );
            console.log(`  last error: ${mail.lastError ?? "(none recorded)"}`);
          }
          return;
        }
        const counts = await countOutbox(db.kysely, now());
        if (options.json) return console.log(JSON.stringify(counts, null, 2));
        console.log(`${counts.queued} queued, ${counts.sending} being sent, ${counts.sent} sent, ${counts.failed} failed`);
      } finally {
        await db.close();
      }
    });
}
