import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import { countJobs } from "../jobs/job-queue.js";
import { countOutbox } from "../mail/outbox.js";
import type { Metrics } from "./metrics.js";

/** The job queue and the mail outbox by state, read at each scrape by the counts `jobs` and `mail` print. */
export function watchQueues(metrics: Metrics, db: Kysely<Database>, now: () => Date): void {
  metrics.gauge("subsidiegids_jobs", "Jobs by state (queued, running, done, failed).", "state", async () => {
    const total: Record<string, number> = { queued: 0, running: 0, done: 0, failed: 0 };
    for (const { kind: _kind, ...counts } of await countJobs(db, now())) {
      for (const [state, n] of Object.entries(counts)) total[state] = (total[state] ?? 0) + n;
    }
    return total;
  });
  metrics.gauge(
    "subsidiegids_mail_outbox",
    "Mails in the outbox by state (queued, sending, sent, failed).",
    "state",
    async () => ({
      ...(await countOutbox(db, now())),
    }),
  );
}
