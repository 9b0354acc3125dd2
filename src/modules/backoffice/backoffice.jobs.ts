import type { AppDeps } from "../../app-deps.js";
import type { JobModule } from "../../platform/jobs/job-module.js";
import { publishScheduled } from "./scheduled-publish.task.js";

/** The worker publishes what editors scheduled, through the runtime's writer (so search follows). */
export function backofficeJobs(deps: Pick<AppDeps, "writer">): JobModule {
  return { scheduled: [publishScheduled(deps.writer)] };
}
