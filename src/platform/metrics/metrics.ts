import { collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { shareWithCluster } from "./cluster-metrics.js";

/** Request durations up to the point where the load shedding refuses to wait (seconds). */
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5];

export type TimedWork = "search" | "render";

/**
 * What this process tells an operator in the Prometheus format: requests by route kind,
 * the time searches and renderings take, the event loop's delay (with the process's memory
 * and handles, from the library's default set) and, read at each scrape, the queues kept
 * in the database.
 */
export interface Metrics {
  registry: Registry;
  request(kind: string, method: string, status: number, seconds: number): void;
  time<T>(work: TimedWork, run: () => Promise<T>): Promise<T>;
  /** A number read from the database when scraped, per label value (a queue's states). */
  gauge(name: string, help: string, label: string, read: () => Promise<Record<string, number>>): void;
}

/** processMetrics: the event loop, memory and handles of this process (once per process, not per test app). */
export function createMetrics(options: { processMetrics: boolean }): Metrics {
  const registry = new Registry();
  if (options.processMetrics) {
    collectDefaultMetrics({ register: registry, prefix: "subsidiegids_" });
    shareWithCluster(registry);
  }
  const requests = new Histogram({
    name: "subsidiegids_http_request_duration_seconds",
    help: "Requests answered, by route kind, method and status class, with their duration.",
    labelNames: ["kind", "method", "status"] as const,
    buckets: SECONDS,
    registers: [registry],
  });
  const work = new Histogram({
    name: "subsidiegids_work_duration_seconds",
    help: "Time spent searching and rendering pages.",
    labelNames: ["work"] as const,
    buckets: SECONDS,
    registers: [registry],
  });
  return {
    registry,
    request(kind, method, status, seconds) {
      requests.observe({ kind, method, status: `${Math.floor(status / 100)}xx` }, seconds);
    },
    async time(name, run) {
      const end = work.startTimer({ work: name });
      try {
        return await run();
      } finally {
        end();
      }
    },
    gauge(name, help, label, read) {
      new Gauge({
        name,
        help,
        labelNames: [label],
        registers: [registry],
        // Every web process reads the same database: a cluster reports one of them, not their sum.
        aggregator: "first",
        async collect() {
          this.reset();
          for (const [value, count] of Object.entries(await read())) this.set({ [label]: value }, count);
        },
      });
    },
  };
}
