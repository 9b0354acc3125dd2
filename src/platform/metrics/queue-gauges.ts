import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema.js";
import type { Metrics } from "./metrics.js";

/** The job queue and the mail outbox by state, read from the database at each scrape. */
export function watchQueues(metrics: Metrics, db: Kysely<Database>): void {
  metrics.gauge("subsidiegids_jobs", "Jobs by state (queued, done, failed).", "state", () => countByState(db, "jobs"));
  metrics.gauge("subsidiegids_mail_outbox", "Mails in the outbox by state.", "state", () => countByState(db, "outbox"));
}

async function countByState(db: Kysely<Database>, table: "jobs" | "outbox"): Promise<Record<string, number>> {
  const { rows } = await sql<{
    state: string;
    n: number | string;
  }>`select state, count(*) as n from ${sql.table(table)} group by state`.execute(db);
  return Object.fromEntries(rows.map((row) => [row.state, Number(row.n)]));
}
