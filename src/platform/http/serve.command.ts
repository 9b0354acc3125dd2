import cluster from "node:cluster";
import { setTimeout as delay } from "node:timers/promises";
import type { Command } from "commander";
import { buildApp } from "../../app.js";
import type { AppDeps } from "../../app-deps.js";
import { type Config, servedConfig } from "../../config.js";
import { openRuntime } from "../../runtime.js";
import { checkSqliteIntegrity } from "../db/integrity-check.js";
import type { JobModule } from "../jobs/job-module.js";
import { createWorker, type Worker } from "../jobs/worker.js";
import { runWebCluster } from "./web-cluster.js";
import { startWebServer, type WebServer } from "./web-server.js";

const BACKGROUND_AFTER_MS = 1000;
/** Longer than the warm-up of the demo guide and the EU feed; at 100 000 calls it takes up to a minute. */
const READY_WITHIN_MS = 30_000;

/** `jobs`: every module's jobs, made from the runtime so they can use its configuration and services. */
export function registerServeCommand(
  program: Command,
  config: () => Config,
  jobs: (deps: AppDeps) => readonly JobModule[],
): void {
  program
    .command("serve")
    .description(
      "Run the web site and API (creates, migrates and fills an empty database first); WEB_CONCURRENCY web processes share the port.",
    )
    .option("-p, --port <port>", "port to listen on (default: PORT or 3000)")
    .option("--no-jobs", "leave background jobs to separate worker processes")
    .action(async (options: { port?: string; jobs: boolean }) => {
      const cfg = config();
      if (cluster.isPrimary && cfg.WEB_CONCURRENCY > 1) {
        // Migrated and filled once, here: web processes starting together would race for it.
        const prepared = await openRuntime(cfg, { seed: true });
        await prepared.close();
        runWebCluster({ processes: cfg.WEB_CONCURRENCY, args: process.argv.slice(2), log: prepared.log });
        return;
      }
      // A cluster's primary has migrated and filled the database before forking: web processes
      // migrating at once would race for the migrator's tables on PostgreSQL.
      const runtime = await openRuntime(cfg, { seed: cluster.isPrimary, migrate: cluster.isPrimary });
      // Listened for from here on: a signal that came before the handlers would end the process
      // at once, mid-job, without its exit code (it did, when one came right after the listening line).
      let server: WebServer | undefined;
      let worker: Worker | undefined;
      let working: Promise<unknown> = Promise.resolve();
      let checking: Promise<unknown> = Promise.resolve();
      let stopping = false;
      const shutdown = async (signal: string) => {
        stopping = true;
        runtime.log.info({ signal }, "draining: no new connections, finishing accepted requests");
        worker?.stop();
        const complete = server ? await server.drain() : true;
        await working;
        // Ending the process while the check's thread is inside SQLite can crash it on the way out.
        await checking;
        await runtime.close();
        runtime.log.info({ complete }, "stopped");
        process.exit(complete ? 0 : 1);
      };
      process.once("SIGINT", () => void shutdown("SIGINT"));
      process.once("SIGTERM", () => void shutdown("SIGTERM"));
      let warmed!: () => void;
      runtime.health.warmingUntil(new Promise<void>((resolve) => (warmed = resolve)), READY_WITHIN_MS);
      server = await startWebServer({
        port: options.port ? Number(options.port) : cfg.PORT,
        host: cfg.HOST,
        handler: (port) => buildApp({ ...runtime, config: servedConfig(cfg, port) }).fetch,
        log: runtime.log,
        drainMs: cfg.SHUTDOWN_DRAIN_SECONDS * 1000,
      });
      const served = servedConfig(cfg, server.port);
      runtime.log.info(
        { port: server.port, database: cfg.databaseKind, baseUrl: served.BASE_URL },
        `Subsidiegids is listening on ${served.BASE_URL}`,
      );
      // Jobs, the integrity check and the warm-up hold the event loop in turns (the warm-up builds the
      // dictionaries, a job may read the whole catalogue): they start once the first request has been
      // answered, a visitor's or a load balancer's probe, or a second after listening when none has come.
      const first = await Promise.race([server.firstRequest.then(() => "asked"), delay(BACKGROUND_AFTER_MS)]);
      if (first === "asked") await server.firstAnswer;
      if (stopping) return warmed();
      // The embedded default is one process, so it runs the jobs beside the site.
      if (options.jobs) {
        worker = createWorker({ db: runtime.db.kysely, log: runtime.log, modules: jobs(runtime), now: runtime.now });
        working = worker.start().catch((error: unknown) => runtime.log.error({ err: error }, "background jobs stopped"));
      }
      if (cfg.databaseKind === "sqlite") {
        checking = checkSqliteIntegrity(cfg.DATABASE_URL.slice("sqlite:".length)).then((problem) => {
          runtime.health.noteIntegrity(problem);
          if (problem) runtime.log.error({ problem }, "the database file is damaged: /readyz answers 503; restore a backup");
        });
      }
      const started = performance.now();
      runtime.search
        .warmUp({ now: runtime.now() })
        .then(
          (warm) => runtime.log.info({ ...warm, ms: Math.round(performance.now() - started) }, "search cache warmed up"),
          (error: unknown) => runtime.log.warn({ err: error }, "search cache warm-up stopped"),
        )
        .finally(warmed);
    });
}
