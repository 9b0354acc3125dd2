import type { JobModule } from "../../platform/jobs/job-module.js";
import { recordStatusChanges } from "./status-changes.task.js";

export const callJobs: JobModule = { scheduled: [recordStatusChanges] };
