import { callJobs } from "./modules/calls/calls.jobs.js";
import type { JobModule } from "./platform/jobs/job-module.js";

/** Every module's jobs and scheduled tasks: the one list `serve` and `worker` run. */
export const jobModules: readonly JobModule[] = [callJobs];
