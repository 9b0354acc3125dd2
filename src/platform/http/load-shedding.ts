import type { Context, MiddlewareHandler } from "hono";
import { AppError } from "../../errors.js";
import { type CostlyAnswers, costlyAnswers } from "./costly-answers.js";
import { takeTurn } from "./loop-turns.js";
import { routeKind } from "./route-kind.js";

export interface LoadShedding {
  /** The guard, with the refusal each kind of route gives. */
  middleware(refuse: (c: Context) => Response | Promise<Response>): MiddlewareHandler;
  /** The queue of feeds, calendars, exports and the sitemap that are made rather than kept. */
  costly: CostlyAnswers;
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
 * A bounded queue per process: requests wait for their turn on the event loop (loop-turns.ts)
 * in the order they came. Beyond `maxInFlight` requests waiting or being answered, when the process has
 * been answering others for more than `maxLoopDelayMs` without its event loop coming round
 * (a request read after such a stretch waited that long in its socket), or when a request's
 * turn came only after it waited `maxLoopDelayMs` in that queue, it is refused with 503 and Retry-After instead of
 * waiting longer behind the others (a load balancer or client retries elsewhere or later).
 * Probes and static files are always answered. A costly answer refused in its own queue
 * (costly-answers.ts) goes out the same way.
 */
export function loadShedding(options: { maxInFlight: number; maxLoopDelayMs: number; costlyInProgress: number }): LoadShedding {
  beat();
  let running = 0;
  return {
    costly: costlyAnswers({ inProgress: options.costlyInProgress, maxWaitMs: options.maxLoopDelayMs }),
    middleware: (refuse) => async (c, next) => {
      const kind = routeKind(c.req.path);
      if (kind === "probe" || kind === "static") return next();
      if (running >= options.maxInFlight || waitedTooLong(options.maxLoopDelayMs)) return refusal(c, refuse);
      running++;
      try {
        if ((await takeTurn()) > options.maxLoopDelayMs) return refusal(c, refuse);
        await next();
        if (c.error instanceof AppError && c.error.code === "overloaded") tellWhenToRetry(c.res);
      } finally {
        running--;
      }
    },
  };
}

async function refusal(c: Context, refuse: (c: Context) => Response | Promise<Response>): Promise<Response> {
  return tellWhenToRetry(await refuse(c));
}

function tellWhenToRetry(refused: Response): Response {
  refused.headers.set("Retry-After", "1");
  refused.headers.set("Cache-Control", "no-store");
  return refused;
}
