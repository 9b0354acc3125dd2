import cluster, { type Worker } from "node:cluster";
import type { Logger } from "pino";
import { answerClusterMetrics } from "../metrics/cluster-metrics.js";

export interface WebClusterOptions {
  /** How many web processes share the port (WEB_CONCURRENCY). */
  processes: number;
  /** The command line of one web process; only the first runs the background jobs. */
  args: readonly string[];
  log: Logger;
}

/** How long the web processes get to finish their requests after SIGTERM before they are killed. */
const STOP_SECONDS = 30;

/**
 * The primary of several web processes on one port (node:cluster hands each new connection
 * to the next process). It serves nothing itself: it starts the processes, starts another
 * when one dies, and on SIGTERM or SIGINT passes the signal on, so each drains its own
 * requests, and ends once all have ended (0 when every one ended well).
 */
export function runWebCluster({ processes, args, log }: WebClusterOptions): void {
  const slots = new Map<Worker, number>();
  let stopping = false;
  let failed = false;
  const start = (slot: number) => {
    cluster.setupPrimary({ args: slot === 0 ? [...args] : [...args, "--no-jobs"] });
    slots.set(cluster.fork(), slot);
  };
  cluster.on("exit", (worker, code, signal) => {
    const slot = slots.get(worker) ?? 0;
    slots.delete(worker);
    if (!stopping) {
      log.error({ pid: worker.process.pid, code, signal }, "a web process ended; starting another");
      setTimeout(() => start(slot), 1000).unref();
      return;
    }
    if (code !== 0) failed = true;
    if (slots.size === 0) process.exit(failed ? 1 : 0);
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal, processes: slots.size }, "shutting down the web processes");
    for (const worker of slots.keys()) worker.process.kill(signal);
    setTimeout(() => {
      for (const worker of slots.keys()) worker.process.kill("SIGKILL");
      process.exit(1);
    }, STOP_SECONDS * 1000).unref();
  };
  answerClusterMetrics();
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
  for (let slot = 0; slot < processes; slot++) start(slot);
  log.info({ processes }, "web processes started");
}
