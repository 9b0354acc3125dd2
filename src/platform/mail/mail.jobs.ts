import type { JobContext, JobModule, ScheduledTask } from "../jobs/job-module.js";
import type { Mailer } from "./mailer.js";
import { DEFAULT_MAIL_LEASE_MS, deliverDue, newWorkerId } from "./outbox-delivery.js";

export interface MailDeliveryOptions {
  /** The process's mailer: its pooled connections stay open between batches. */
  mailer: Mailer;
  /** The clock, read at every step of a long batch (leases). */
  now: () => Date;
  /** Delivery tasks, each run by one worker at a time: this many workers can send at once. */
  lanes?: number;
  /** How soon after a lane has emptied the outbox it looks again. */
  everyMs?: number;
  /** Mails leased per batch. */
  batch?: number;
  leaseMs?: number;
}

/**
 * Sends the outbox from the workers: each lane is a scheduled task that sends batch after batch
 * until nothing is due, then looks again `everyMs` later. Lanes are separate tasks so several
 * workers send at once, each leasing different mails.
 */
export function mailDelivery(options: MailDeliveryOptions): JobModule {
  const batch = options.batch ?? 200;
  // Who holds a mail's lease, as `outbox.locked_by` shows it: this process.
  const workerId = newWorkerId();
  async function drain(ctx: JobContext): Promise<void> {
    for (;;) {
      const report = await deliverDue({
        db: ctx.db,
        mailer: options.mailer,
        now: options.now,
        limit: batch,
        workerId,
        leaseMs: options.leaseMs ?? DEFAULT_MAIL_LEASE_MS,
        signal: ctx.signal,
        log: ctx.log,
      });
      if (report.leased < batch || report.putBack > 0 || ctx.signal.aborted) return;
    }
  }
  const lanes: ScheduledTask[] = Array.from({ length: options.lanes ?? 2 }, (_, n) => ({
    kind: `mail.deliver.${n + 1}`,
    everyMs: options.everyMs ?? 5_000,
    run: drain,
  }));
  return { scheduled: lanes };
}
