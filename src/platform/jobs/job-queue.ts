import type { ExpressionBuilder, Kysely } from "kysely";
import type { Database, Row } from "../db/schema.js";

export type Job = Row<"jobs">;

/** The queue lives in the database, so the embedded default needs nothing else to run jobs. */
export async function enqueueJob(db: Kysely<Database>, kind: string, payload: unknown, runAt: Date): Promise<number> {
  const { id } = await db
    .insertInto("jobs")
    .values({ kind, payload: JSON.stringify(payload ?? {}), runAt: runAt.toISOString(), createdAt: new Date().toISOString() })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * Takes the next due job for this worker. The conditions are checked again on the row being
 * updated, so two workers racing for the same job on PostgreSQL cannot both win; SQLite
 * serialises writers anyway.
 */
export async function claimNextJob(db: Kysely<Database>, workerId: string, now: Date, leaseMs: number): Promise<Job | undefined> {
  const at = now.toISOString();
  const due = (eb: ExpressionBuilder<Database, "jobs">) =>
    eb.and([eb("doneAt", "is", null), eb("runAt", "<=", at), eb.or([eb("lockedUntil", "is", null), eb("lockedUntil", "<", at)])]);
  return db
    .updateTable("jobs")
    .set({ lockedBy: workerId, lockedUntil: new Date(now.getTime() + leaseMs).toISOString() })
    .where((eb) => eb("id", "=", eb.selectFrom("jobs").select("id").where(due).orderBy("runAt").orderBy("id").limit(1)))
    .where(due)
    .returningAll()
    .executeTakeFirst();
}

export async function completeJob(db: Kysely<Database>, job: Job, now: Date): Promise<void> {
  await db
    .updateTable("jobs")
    .set({ doneAt: now.toISOString(), lockedUntil: null, lastError: null })
    .where("id", "=", job.id)
    .execute();
}

/** Retries with exponential back-off (1, 2, 4 … minutes, at most an hour apart), then gives up. */
export async function failJob(db: Kysely<Database>, job: Job, error: unknown, now: Date, maxAttempts = 8): Promise<void> {
  const attempts = job.attempts + 1;
  const delayMs = Math.min(60, 2 ** (attempts - 1)) * 60_000;
  await db
    .updateTable("jobs")
    .set({
      attempts,
      lastError: error instanceof Error ? error.message : String(error),
      lockedBy: null,
      lockedUntil: null,
      runAt: new Date(now.getTime() + delayMs).toISOString(),
      ...(attempts >= maxAttempts ? { doneAt: now.toISOString() } : {}),
    })
    .where("id", "=", job.id)
    .execute();
}

export async function hasPendingJob(db: Kysely<Database>, kind: string): Promise<boolean> {
  return (
    (await db.selectFrom("jobs").select("id").where("kind", "=", kind).where("doneAt", "is", null).executeTakeFirst()) !==
    undefined
  );
}
