import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { Database } from "../db/schema.js";

export interface JobContext {
  db: Kysely<Database>;
  log: Logger;
  now: Date;
}

/** Work done when something asks for it: a job with a payload, such as sending one e-mail. */
export interface JobDefinition {
  kind: string;
  run(payload: unknown, ctx: JobContext): Promise<void>;
}

/** Work done every so often; the next run is queued when one finishes. */
export interface ScheduledTask {
  kind: string;
  everyMs: number;
  run(ctx: JobContext): Promise<void>;
}

/**
 * What one module hands the worker. Modules export one of these and the entry point lists
 * them, so the job platform never imports a module.
 */
export interface JobModule {
  jobs?: readonly JobDefinition[];
  scheduled?: readonly ScheduledTask[];
}
