import type { Command } from "commander";
import type { Config } from "../../config.js";
import { recordStatusChanges } from "../../modules/calls/status-changes.task.js";
import { openRuntime } from "../../runtime.js";
import { createWorker } from "./worker.js";

export function registerWorkerCommand(program: Command, config: () => Config): void {
  program
    .command("worker")
    .description("Run background jobs (status changes now; digests and deliveries as they land). Several may run at once.")
    .action(async () => {
      const runtime = await openRuntime(config());
      const worker = createWorker({ db: runtime.db.kysely, log: runtime.log, handlers: {}, scheduled: [recordStatusChanges] });
      const stop = () => worker.stop();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      runtime.log.info({ worker: worker.id }, "worker started");
      await worker.start();
      await runtime.close();
      runtime.log.info({ worker: worker.id }, "worker stopped");
    });
}
