import type { Kysely } from "kysely";
import { dueAt, leaseEnd, retryDelayMs, skippingLocked } from "../db/leases.js";
import type { Database, Row } from "../db/schema.js";

export type Job = Row<"jobs">;

export interface EnqueueOptions {
  /** The clock's present: when the job was queued, and when it is due unless `runAt` says. */
  now: Date;
  runAt?: Date;
  /** The same work under the same key is queued once: while one such job waits, no other is added. */
  uniqueKey?: string;
}

/**
 * Queues a job; the queue lives in the database, so the embedded default needs nothing else.
 * Returns its id, or undefined when a queued job already has the unique key (insert-or-ignore:
 * the unique index decides, so two workers queueing at the same moment still make one job).
 */
export async function enqueueJob(
  db: Kysely<Database>,
  kind: string,
  payload: unknown,
  { now, runAt = now, uniqueKey }: EnqueueOptions,
): Promise<number | undefined> {
  const row = await db
    .insertInto("jobs")
    .values({
      kind,
      payload: JSON.stringify(payload ?? {}),
      runAt: runAt.toISOString(),
      createdAt: now.toISOString(),
      uniqueKey: uniqueKey ?? null,
    })
    .onConflict((oc) => oc.doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id;
}

/**
 * Leases the next due job to this worker and counts the try. A job whose lease ran out (its
 * worker died) is due again. On PostgreSQL the candidate is locked with SKIP LOCKED, so
 * workers claiming at once take different jobs instead of queueing for the same row; the
 * conditions are checked again on the row being updated. SQLite serialises writers anyway.
 */
export async function claimNextJob(db: Kysely<Database>, workerId: string, now: Date, leaseMs: number): Promise<Job | undefined> {
  const at = now.toISOString();
  const next = skippingLocked(db, db.selectFrom("jobs").select("id").where(dueAt(at)).orderBy("runAt").orderBy("id").limit(1));
  return db
    .updateTable("jobs")
    .set((eb) => ({
      lockedBy: workerId,
      lockedUntil: leaseEnd(now, leaseMs),
      attempts: eb("attempts", "+", 1),
    }))
    .where("id", "=", next)
    .where(dueAt(at))
    .returningAll()
    .executeTakeFirst();
}

/** Only the worker holding the lease may touch a job; false means another worker has taken it over. */
function leasedTo(db: Kysely<Database>, job: Job, workerId: string) {
  return db.updateTable("jobs").where("id", "=", job.id).where("lockedBy", "=", workerId).where("state", "=", "queued");
}

const updatedOne = ({ numUpdatedRows }: { numUpdatedRows: bigint }) => numUpdatedRows === 1n;

/** Pushes the lease on while the job runs, so a long job is not taken for a dead one. */
export async function renewLease(db: Kysely<Database>, job: Job, workerId: string, now: Date, leaseMs: number) {
  return updatedOne(
    await leasedTo(db, job, workerId)
      .set({ lockedUntil: leaseEnd(now, leaseMs) })
      .executeTakeFirstOrThrow(),
  );
}

export async function completeJob(db: Kysely<Database>, job: Job, workerId: string, now: Date): Promise<boolean> {
  return updatedOne(
    await leasedTo(db, job, workerId)
      .set({ state: "done", doneAt: now.toISOString(), lockedUntil: null, lastError: null })
      .executeTakeFirstOrThrow(),
  );
}

/**
 * Retries with exponential back-off (1, 2, 4 … minutes, at most an hour apart); after its
 * last try the job is `failed`, with the error, for someone to look at (`jobs --failed`).
 */
export async function failJob(
  db: Kysely<Database>,
  job: Job,
  workerId: string,
  error: unknown,
  now: Date,
  maxAttempts: number,
): Promise<"retried" | "failed" | "lost"> {
  const lastError = error instanceof Error ? error.message : String(error);
  const failed = job.attempts >= maxAttempts;
  const result = await leasedTo(db, job, workerId)
    .set(
      failed
        ? { state: "failed", failedAt: now.toISOString(), lastError, lockedUntil: null }
        : {
            lastError,
            lockedBy: null,
            lockedUntil: null,
            runAt: new Date(now.getTime() + retryDelayMs(job.attempts)).toISOString(),
          },
    )
    .executeTakeFirstOrThrow();
  if (!updatedOne(result)) return "lost";
  return failed ? "failed" : "retried";
}

/** Jobs that ran out of tries, the most recent first. */
export function listFailedJobs(db: Kysely<Database>, limit = 100): Promise<Job[]> {
  return db
    .selectFrom("jobs")
    .selectAll()
    .where("state", "=", "failed")
    .orderBy("failedAt", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

export interface JobCounts {
  kind: string;
  queued: number;
  /** Queued jobs a worker holds a live lease on. */
  running: number;
  done: number;
  failed: number;
}

/** How many jobs of each kind are in each state. */
export async function countJobs(db: Kysely<Database>, now: Date): Promise<JobCounts[]> {
  const at = now.toISOString();
  const rows = await db
    .selectFrom("jobs")
    .select((eb) => [
      "kind",
      "state",
      eb.fn.countAll<number>().as("n"),
      eb.fn.count<number>(eb.case().when("lockedUntil", ">=", at).then(1).end()).as("leased"),
    ])
    .groupBy(["kind", "state"])
    .orderBy("kind")
    .execute();
  const byKind = new Map<string, JobCounts>();
  for (const row of rows) {
    const counts = byKind.get(row.kind) ?? { kind: row.kind, queued: 0, running: 0, done: 0, failed: 0 };
    const n = Number(row.n);
    if (row.state === "queued") {
      counts.running += Number(row.leased);
      counts.queued += n - Number(row.leased);
    } else counts[row.state] += n;
    byKind.set(row.kind, counts);
  }
  return [...byKind.values()];
}
