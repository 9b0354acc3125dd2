import type { AppDeps } from "../../app-deps.js";
import type { JobModule } from "../../platform/jobs/job-module.js";
import { runDigests } from "./digest-run.js";

/**
 * Every quarter of an hour the worker builds what has come due: nothing most of the time,
 * each recipient's digest once the digest hour has passed. A run that finds every recipient
 * at the current period builds nothing, so a missed run is caught up by the next.
 */
export function alertJobs(deps: Pick<AppDeps, "config" | "search">): JobModule {
  return {
    scheduled: [
      {
        kind: "alerts.build-digests",
        everyMs: 15 * 60_000,
        async run({ db, now, log }) {
          const report = await runDigests(
            { db, search: deps.search, baseUrl: deps.config.BASE_URL, digestHour: deps.config.DIGEST_HOUR },
            now,
          );
          if (report.built || report.empty) log.info(report, "digests built");
        },
      },
    ],
  };
}
