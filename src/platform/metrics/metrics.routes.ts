import { timingSafeEqual } from "node:crypto";
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { clientAddress } from "../http/client-address.js";
import { routeKind } from "../http/route-kind.js";
import { siteMetrics } from "./cluster-metrics.js";
import type { Metrics } from "./metrics.js";

// "unknown": app.request() in tests, which has no socket and runs on this machine.
const THIS_MACHINE = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1", "unknown"]);

/** Every answer is counted by route kind, method and status class, with its duration. */
export function requestMetrics(metrics: Metrics): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    metrics.request(routeKind(c.req.path), c.req.method, c.res.status, (performance.now() - started) / 1000);
  };
}

/**
 * /metrics in the Prometheus text format. With METRICS_TOKEN it asks for that bearer token;
 * without one it answers only a scraper on this machine (the socket's own address, never a
 * forwarded one), so the numbers of a public site are not public.
 */
export function metricsRoutes(metrics: Metrics, token: string | undefined) {
  const app = new Hono();
  app.get("/metrics", async (c) => {
    c.header("Cache-Control", "no-store");
    if (!allowed(c, token)) return c.text("Forbidden: set METRICS_TOKEN and send it as a bearer token.\n", 403);
    return c.body(await siteMetrics(metrics.registry), 200, { "Content-Type": metrics.registry.contentType });
  });
  return app;
}

function allowed(c: Context, token: string | undefined): boolean {
  if (token) {
    const sent = Buffer.from(c.req.header("Authorization")?.replace(/^Bearer\s+/i, "") ?? "");
    const wanted = Buffer.from(token);
    return sent.length === wanted.length && timingSafeEqual(sent, wanted);
  }
  return THIS_MACHINE.has(clientAddress(c, 0));
}
