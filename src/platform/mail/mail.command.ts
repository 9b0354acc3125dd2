import type { Command } from "commander";
import type { Config } from "../../config.js";
import { registerQueueCommand } from "../db/queue-command.js";
import { countOutbox, listFailedMails } from "./outbox.js";

export function registerMailCommand(program: Command, config: () => Config, now: () => Date = () => new Date()): void {
  registerQueueCommand(
    program,
    config,
    {
      name: "mail",
      description: "Show the outbox: how many mails wait, are being sent, were sent or failed; --failed lists the failed ones.",
      failedHelp: "list the mails refused for good or out of tries, with the last error (most recent first)",
      items: "mails",
      listFailed: listFailedMails,
      describeFailed: (mail) => ({
        head: `#${mail.id} ${mail.uniqueKey} to ${mail.recipient}: failed at ${mail.failedAt} after ${mail.attempts} tries`,
        lastError: mail.lastError,
      }),
      count: countOutbox,
      countLines: (counts) => [
        `${counts.queued} queued, ${counts.sending} being sent, ${counts.sent} sent, ${counts.failed} failed`,
      ],
    },
    now,
  );
}
