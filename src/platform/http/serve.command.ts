import { serve } from "@hono/node-server";
import type { Command } from "commander";
import { buildApp } from "../../app.js";
import type { Config } from "../../config.js";
import { openRuntime } from "../../runtime.js";
import type { JobModule } from "../jobs/job-module.js";
import { createWorker } from "../jobs/worker.js";

export function registerServeCommand(program: Command, config: () => Config, jobs: readonly JobModule[]): void {
  program
    .command("serve")
    .description("Run the web site and API (creates, migrates and fills an empty database first).")
    .option("-p, --port <port>", "port to listen on (default: PORT or 3000)")
    .option("--no-jobs", "leave background jobs to separate worker processes")
    .action(async (options: { port?: string; jobs: boolean }) => {
      const cfg = config();
      const runtime = await openRuntime(cfg, { seed: true });
      // The embedded default is one process, so it runs the jobs beside the site.
      const worker = options.jobs
        ? createWorker({ db: runtime.db.kysely, log: runtime.log, modules: jobs, now: runtime.now })
        : undefined;
      const working = worker?.start().catch((error: unknown) => runtime.log.error({ err: error }, "background jobs stopped"));
      const port = options.port ? Number(options.port) : cfg.PORT;
      const server = serve({ fetch: buildApp(runtime).fetch, port, hostname: cfg.HOST }, (info) => {
        runtime.log.info(
          { port: info.port, database: cfg.databaseKind, baseUrl: cfg.BASE_URL },
          `Subsidiegids is listening on http://localhost:${info.port}`,
        );
        const started = performance.now();
        runtime.search.warmUp({ now: runtime.now() }).then(
          (warm) => runtime.log.info({ ...warm, ms: Math.round(performance.now() - started) }, "search cache warmed up"),
          (error: unknown) => runtime.log.warn({ err: error }, "search cache warm-up stopped"),
        );
      });
      const shutdown = (signal: string) => {
        runtime.log.info({ signal }, "shutting down");
        // Stop accepting connections, let running requests and the job in hand finish, then close the database.
        worker?.stop();
        server.close(async () => {
          await working;
          await runtime.close();
          process.exit(0);
        });
        setTimeout(() => process.exit(1), 10_000).unref();
      };
      process.once("SIGINT", () => shutdown("SIGINT"));
      process.once("SIGTERM", () => shutdown("SIGTERM"));
    });
}
