import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { Database } from "../db/schema.js";

export interface JobContext {
  db: Kysely<Database>;
  log: Logger;
  /** The clock's present when the job started; the worker's clock, so tests can fix it. */
  now: Date;
  /** Aborted when this worker lost the job's lease to another: stop, the other one runs it. */
  signal: AbortSignal;
}

/** Work done when something asks for it: a job with a payload, such as sending one e-mail. */
export interface JobDefinition {
  kind: string;
  run(payload: unknown, ctx: JobContext): Promise<void>;
  /** Tries before the job is `failed` (default 8, an hour apart at most). */
  maxAttempts?: number;
}

/** Work done every so often; the next run is queued when one finishes. */
export interface ScheduledTask {
  kind: string;
  everyMs: number;
  run(ctx: JobContext): Promise<void>;
  /** Tries of one run before it is `failed` and the next run is queued (default 8). */
  maxAttempts?: number;
}

/**
 * What one module hands the worker. Modules export one of these and the entry point lists
 * them, so the job platform never imports a module.
 */
export interface JobModule {
  jobs?: readonly JobDefinition[];
  scheduled?: readonly ScheduledTask[];
}
