import { Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { CLOCK_BOUND_MS, type KeptOr } from "../../platform/cache/cached-response.js";
import { buildSitemap } from "./sitemap.js";

/** What crawlers look for first: robots.txt, pointing at the sitemap. */
export function discoveryRoutes(deps: AppDeps, keptOr: KeptOr) {
  const app = new Hono();
  app.get("/robots.txt", (c) =>
    c.text(["User-agent: *", "Allow: /", "Disallow: /beheer", `Sitemap: ${deps.config.BASE_URL}/sitemap.xml`, ""].join("\n")),
  );
  app.get("/sitemap.xml", (c) =>
    keptOr(c, "/sitemap.xml", async (now) => ({
      body: await buildSitemap(deps),
      headers: { "Content-Type": "application/xml; charset=utf-8" },
      until: now.getTime() + CLOCK_BOUND_MS,
    })),
  );
  return app;
}
