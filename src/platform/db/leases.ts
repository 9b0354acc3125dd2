import { type Kysely, PostgresAdapter, type RawBuilder, type SqlBool, sql } from "kysely";
import type { Database } from "./schema.js";

/**
 * What the job queue and the outbox share about leasing rows to workers: both tables have
 * `state`, `run_at`, `locked_by`, `locked_until` and `attempts`, and the same rules for them.
 */

/** When a lease taken or renewed at `now` runs out. */
export const leaseEnd = (now: Date, leaseMs: number) => new Date(now.getTime() + leaseMs).toISOString();

/**
 * Due at `at`: queued, its time has come, and nobody holds a live lease on it. A row whose
 * lease ran out (its worker died) is due again. Raw SQL so one condition serves both tables.
 */
export const dueAt = (at: string): RawBuilder<SqlBool> =>
  sql<SqlBool>`state = 'queued' and run_at <= ${at} and (locked_until is null or locked_until < ${at})`;

/** Exponential back-off after a failed try: 1, 2, 4 … minutes, at most an hour apart. */
export const retryDelayMs = (attempts: number) => Math.min(60, 2 ** (Math.max(1, attempts) - 1)) * 60_000;

/**
 * On PostgreSQL the candidates are locked with SKIP LOCKED, so workers claiming at once take
 * different rows instead of queueing for the same ones; SQLite serialises writers anyway.
 */
export function skippingLocked<Q extends { forUpdate(): { skipLocked(): Q } }>(db: Kysely<Database>, query: Q): Q {
  return db.getExecutor().adapter instanceof PostgresAdapter ? query.forUpdate().skipLocked() : query;
}

/**
 * Renews a lease every `everyMs` while work runs; `signal` aborts when a renewal finds the
 * lease taken over (`renew` answers false). A renewal that fails is tried again next time.
 */
export function holdLease(
  everyMs: number,
  renew: () => Promise<boolean>,
  onError: (error: unknown) => void,
): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const timer = setInterval(() => {
    renew().then((held) => {
      if (!held) controller.abort(new Error("lease lost"));
    }, onError);
  }, everyMs);
  return { signal: controller.signal, release: () => clearInterval(timer) };
}
