import type { Context, MiddlewareHandler } from "hono";
import { routeKind } from "./route-kind.js";

export interface LoadShedding {
  /** The guard, with the refusal each kind of route gives. */
  middleware(refuse: (c: Context) => Response | Promise<Response>): MiddlewareHandler;
}

/** How often the event loop is asked to show it is still coming round. */
const BEAT_MS = 10;

/**
 * When this process began answering requests without its event loop coming round in
 * between: one per process, as the loop is. Undefined while the loop keeps coming round.
 */
let stretchStart: number | undefined;
let beating: NodeJS.Timeout | undefined;

function beat() {
  if (beating) return;
  beating = setInterval(() => {
    stretchStart = undefined;
  }, BEAT_MS);
  beating.unref();
}

/** Whether this request has waited behind more than `limitMs` of answering others. */
function waitedTooLong(limitMs: number): boolean {
  const now = performance.now();
  if (stretchStart === undefined) {
    stretchStart = now;
    return false;
  }
  return now - stretchStart > limitMs;
}

/**
 * A bounded queue per process: beyond `maxInFlight` requests, or when the process has been
 * answering others for more than `maxLoopDelayMs` without its event loop coming round, a new
 * request is refused at once with 503 and Retry-After instead of waiting behind the others
 * (a load balancer or client retries elsewhere or later). Probes and static files are
 * always answered.
 *
 * Most answers run synchronously on the embedded database, so under overload the queue is
 * not in this process's count of running requests but in the sockets waiting for the loop:
 * how long the loop has been kept from coming round is what those requests have waited.
 */
export function loadShedding(options: { maxInFlight: number; maxLoopDelayMs: number }): LoadShedding {
  beat();
  let running = 0;
  return {
    middleware: (refuse) => async (c, next) => {
      const kind = routeKind(c.req.path);
      if (kind === "probe" || kind === "static") return next();
      if (running >= options.maxInFlight || waitedTooLong(options.maxLoopDelayMs)) {
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
