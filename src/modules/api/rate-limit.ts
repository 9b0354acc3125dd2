import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { rateLimiter } from "hono-rate-limiter";
import type { Config } from "../../config.js";
import { AppError } from "../../errors.js";
import { problem } from "./problem.js";

/**
 * A fixed window per client address, kept in memory (one process; behind several
 * processes each counts its own share). Every answer says the policy and what is left in
 * the RateLimit and RateLimit-Policy headers; going over gets a 429 problem.
 */
export function apiRateLimit(config: Pick<Config, "API_RATE_LIMIT" | "API_RATE_WINDOW_SECONDS">) {
  return rateLimiter({
    windowMs: config.API_RATE_WINDOW_SECONDS * 1000,
    limit: config.API_RATE_LIMIT,
    standardHeaders: "draft-7",
    keyGenerator: clientAddress,
    handler: (c) => problem(c, new AppError("rate_limited")),
  });
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // app.request() in tests and some adapters have no socket: they share one bucket.
    return "unknown";
  }
}
