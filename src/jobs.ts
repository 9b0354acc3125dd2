import type { AppDeps } from "./app-deps.js";
import { alertJobs } from "./modules/alerts/alerts.jobs.js";
import { backofficeJobs } from "./modules/backoffice/backoffice.jobs.js";
import { callJobs } from "./modules/calls/calls.jobs.js";
import type { JobModule } from "./platform/jobs/job-module.js";
import { mailDelivery } from "./platform/mail/mail.jobs.js";

/** Every module's jobs and scheduled tasks: the one list `serve` and `worker` run, made from their runtime. */
export function jobModules(deps: AppDeps): readonly JobModule[] {
  return [callJobs, alertJobs(deps), mailDelivery({ mailer: deps.mailer, now: deps.now }), backofficeJobs(deps)];
}
