import { type Command, InvalidArgumentError } from "commander";
import type { AppDeps } from "../../app-deps.js";
import { deliverDue } from "../../platform/mail/outbox-delivery.js";
import { runDigests } from "./digest-run.js";

/**
 * `subsidiegids alerts run [--at <instant>]`: builds every digest due at that moment and
 * exits, for cron, for catching up after an outage, and for tests; then it sends what the
 * outbox holds, as the worker would.
 */
export function registerAlertsCommand(program: Command, open: () => Promise<AppDeps & { close(): Promise<void> }>): void {
  const alerts = program.command("alerts").description("Digests of what is new for members.");
  alerts
    .command("run")
    .description("Build every digest due at a moment (default: now) into the outbox, send what is due, then exit.")
    .option("--at <instant>", "the moment to build for, as an ISO 8601 instant (2026-12-01T07:00:00+01:00)", instant)
    .addHelpText(
      "after",
      "\nRunning again for the same moment builds nothing twice.\nExample:\n  subsidiegids alerts run --at 2026-12-01T06:30:00Z",
    )
    .action(async (options: { at?: Date }) => {
      const runtime = await open();
      try {
        const at = options.at ?? runtime.now();
        const report = await runDigests(
          {
            db: runtime.db.kysely,
            search: runtime.search,
            baseUrl: runtime.config.BASE_URL,
            digestHour: runtime.config.DIGEST_HOUR,
          },
          at,
        );
        console.log(
          `Digests due at ${at.toISOString()}: ${report.built} built into the outbox, ${report.empty} with nothing new (no mail).`,
        );
        const sent = await deliverAllDue(runtime);
        console.log(
          `Mail: ${sent.sent} sent, ${sent.retried} to try again later, ${sent.failed} failed (subsidiegids mail --failed lists them).`,
        );
      } finally {
        await runtime.close();
      }
    });
}

/** Sends what the outbox holds now, batch after batch, until nothing is due (a refused mail waits for its back-off). */
async function deliverAllDue(runtime: Pick<AppDeps, "db" | "mailer" | "now" | "log">) {
  const total = { sent: 0, retried: 0, failed: 0 };
  for (;;) {
    const batch = await deliverDue({ db: runtime.db.kysely, mailer: runtime.mailer, now: runtime.now, log: runtime.log });
    total.sent += batch.sent;
    total.retried += batch.retried;
    total.failed += batch.failed;
    if (batch.leased === 0 || batch.sent === 0) return total;
  }
}

function instant(value: string): Date {
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(date.getTime())) {
    throw new InvalidArgumentError(`"${value}" is not an ISO 8601 instant such as 2026-12-01T06:30:00Z.`);
  }
  return date;
}
