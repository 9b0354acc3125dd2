import { Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { buildSitemap } from "./sitemap.js";

/** What crawlers look for first: robots.txt, pointing at the sitemap. */
export function discoveryRoutes(deps: AppDeps) {
  const app = new Hono();
  app.get("/robots.txt", (c) =>
    c.text(["User-agent: *", "Allow: /", "Disallow: /beheer", `Sitemap: ${deps.config.BASE_URL}/sitemap.xml`, ""].join("\n")),
  );
  app.get("/sitemap.xml", async (c) =>
    c.body(await buildSitemap(deps), 200, { "Content-Type": "application/xml; charset=utf-8" }),
  );
  return app;
}
