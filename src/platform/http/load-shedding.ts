import type { Context, MiddlewareHandler } from "hono";
import { routeKind } from "./route-kind.js";

export interface LoadShedding {
  /** The guard, with the refusal each kind of route gives. */
  middleware(refuse: (c: Context) => Response | Promise<Response>): MiddlewareHandler;
}

/** How often the event loop is asked to show it is still coming round. */
const BEAT_MS = 10;

/**
 * A bounded queue per process: beyond `maxInFlight` requests, or when the event loop is late
 * by more than `maxLoopDelayMs` at the moment a request comes in, it is refused at once with
 * 503 and Retry-After instead of waiting behind the others (a load balancer or client retries
 * elsewhere or later). Probes and static files are always answered.
 *
 * Most answers run synchronously on the embedded database, so under overload the queue is
 * not in this process's count of running requests but in the sockets waiting for the event
 * loop to come round; how late the loop is right now is what those requests have waited.
 */
export function loadShedding(options: { maxInFlight: number; maxLoopDelayMs: number }): LoadShedding {
  let running = 0;
  let lastBeat = performance.now();
  const beat = setInterval(() => {
    lastBeat = performance.now();
  }, BEAT_MS);
  beat.unref();
  const lateMs = () => performance.now() - lastBeat - BEAT_MS;
  return {
    middleware: (refuse) => async (c, next) => {
      const kind = routeKind(c.req.path);
      if (kind === "probe" || kind === "static") return next();
      if (running >= options.maxInFlight || lateMs() > options.maxLoopDelayMs) {
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
