import { monitorEventLoopDelay } from "node:perf_hooks";
import type { Context, MiddlewareHandler } from "hono";
import { routeKind } from "./route-kind.js";

export interface LoadShedding {
  /** The guard, with the refusal each kind of route gives. */
  middleware(refuse: (c: Context) => Response | Promise<Response>): MiddlewareHandler;
  /** Requests this process is answering now. */
  inFlight(): number;
  /** The event loop's delay over the last second, in milliseconds (p99). */
  loopDelayMs(): number;
}

/**
 * A bounded queue per process: beyond `maxInFlight` requests, or while the event loop runs
 * late by more than `maxLoopDelayMs`, a new request is refused at once with 503 and
 * Retry-After instead of waiting behind the others (a load balancer or client retries
 * elsewhere or later). Probes and static files are always answered.
 */
export function loadShedding(options: { maxInFlight: number; maxLoopDelayMs: number }): LoadShedding {
  let running = 0;
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  let recentDelayMs = 0;
  // A rolling view: the histogram of the last second only.
  const window = setInterval(() => {
    recentDelayMs = histogram.percentile(99) / 1e6;
    histogram.reset();
  }, 1000);
  window.unref();
  return {
    inFlight: () => running,
    loopDelayMs: () => recentDelayMs,
    middleware: (refuse) => async (c, next) => {
      const kind = routeKind(c.req.path);
      if (kind === "probe" || kind === "static") return next();
      if (running >= options.maxInFlight || (running > 0 && recentDelayMs > options.maxLoopDelayMs)) {
        const refused = await refuse(c);
        refused.headers.set("Retry-After", "1");
        refused.headers.set("Cache-Control", "no-store");
        return refused;
      }
      running++;
      try {
        await next();
      } finally {
        running--;
      }
    },
  };
}
