import type { Command } from "commander";
import type { AppDeps } from "../../app-deps.js";
import type { Config } from "../../config.js";
import { openRuntime } from "../../runtime.js";
import type { JobModule } from "./job-module.js";
import { createWorker } from "./worker.js";

export function registerWorkerCommand(
  program: Command,
  config: () => Config,
  modules: (deps: AppDeps) => readonly JobModule[],
): void {
  program
    .command("worker")
    .description("Run background jobs without the web site (serve runs them too). Several may run at once.")
    .action(async () => {
      const runtime = await openRuntime(config());
      const worker = createWorker({ db: runtime.db.kysely, log: runtime.log, modules: modules(runtime), now: runtime.now });
      const stop = () => worker.stop();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      runtime.log.info({ worker: worker.id }, "worker started");
      await worker.start();
      await runtime.close();
      runtime.log.info({ worker: worker.id }, "worker stopped");
    });
}
