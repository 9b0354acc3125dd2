import type { Context, MiddlewareHandler } from "hono";
import type { Logger } from "pino";
import type { RateLimitStore } from "./rate-limit-store.js";

export interface RateLimitOptions {
  store: RateLimitStore;
  /** Separates the counters of different limits for the same client. */
  name: string;
  limit: number;
  windowSeconds: number;
  client: (c: Context) => string;
  now: () => Date;
  log: Logger;
  refuse: (c: Context) => Response | Promise<Response>;
}

/**
 * A limit per client and window, counted in the shared store. Every answer states the policy
 * and what is left (RateLimit and RateLimit-Policy, IETF draft 7); going over gets the
 * caller's refusal with Retry-After. When the store cannot answer, the request is served and
 * the failure logged: a busy database must not take the site down with it.
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const policy = `${options.limit};w=${options.windowSeconds}`;
  return async (c, next) => {
    let hit: Awaited<ReturnType<RateLimitStore["hit"]>>;
    try {
      hit = await options.store.hit(`${options.name}:${options.client(c)}`, options.limit, options.windowSeconds, options.now());
    } catch (error) {
      options.log.warn({ err: error, limit: options.name }, "rate limit not counted");
      return next();
    }
    const headers = {
      RateLimit: `limit=${options.limit}, remaining=${hit.remaining}, reset=${hit.resetSeconds}`,
      "RateLimit-Policy": policy,
    };
    if (!hit.allowed) {
      const refused = await options.refuse(c);
      for (const [name, value] of Object.entries(headers)) refused.headers.set(name, value);
      refused.headers.set("Retry-After", String(hit.retryAfterSeconds));
      return refused;
    }
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
  };
}
