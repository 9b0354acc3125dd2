import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { useCatalogueSuite } from "../../../test/support/catalogue-suite.js";
import { DIALECTS } from "../../../test/support/dialects.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { markPersonal } from "./cache-control.js";
import { responseHeaders } from "./response-headers.js";

for (const dialect of DIALECTS) {
  describe(`headers per kind of route (${dialect})`, () => {
    const suite = useCatalogueSuite(dialect);
    const get = (path: string, init: RequestInit = {}) => suite.ctx.app.request(path, init);

    it("gives pages a strict policy, no CORS and a short public cache", async () => {
      for (const path of ["/", `/oproepen/${suite.data.open.slug}`, "/en/calls", "/api/v1/docs"]) {
        const res = await get(path);
        expect(res.status, path).toBe(200);
        const csp = res.headers.get("content-security-policy") ?? "";
        for (const directive of ["frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'", "default-src 'self'"]) {
          expect(csp, path).toContain(directive);
        }
        expect(res.headers.get("permissions-policy"), path).toContain("camera=()");
        expect(res.headers.get("access-control-allow-origin"), path).toBeNull();
        expect(res.headers.get("cache-control"), path).toBe("public, max-age=60");
      }
    });

    it("allows other sites to read the API and the feeds, and nothing else", async () => {
      for (const path of ["/api/v1/calls", "/oproepen/feed.rss", "/zoeken/agenda.ics", "/sitemap.xml"]) {
        expect((await get(path)).headers.get("access-control-allow-origin"), path).toBe("*");
      }
      for (const path of ["/bestaat-niet", "/static/site.css", "/healthz"]) {
        expect((await get(path)).headers.get("access-control-allow-origin"), path).toBeNull();
      }
      const preflight = await get("/oproepen/export.csv", {
        method: "OPTIONS",
        headers: { origin: "https://elders.example", "access-control-request-method": "GET" },
      });
      expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    });

    it("sends HSTS only over https, and believes X-Forwarded-Proto only from a trusted proxy", async () => {
      expect((await get("http://localhost/")).headers.get("strict-transport-security")).toBeNull();
      expect((await get("https://localhost/")).headers.get("strict-transport-security")).toContain("max-age=");
      const forwarded = { headers: { "x-forwarded-proto": "https" } };
      expect((await get("/", forwarded)).headers.get("strict-transport-security")).toBeNull();
      const proxied = createTestApp(suite.db, { env: { TRUST_PROXY: "1" } }).app;
      expect((await proxied.request("/", forwarded)).headers.get("strict-transport-security")).toContain("max-age=");
    });

    it("answers a form posted to a page or the API with 405 and what is allowed", async () => {
      const page = await get("/oproepen", { method: "POST", body: "q=x" });
      expect(page.status).toBe(405);
      expect(page.headers.get("allow")).toBe("GET, HEAD");
      expect(page.headers.get("cache-control")).toBe("no-store");
      expect(await page.text()).toContain("alleen opvragen");
      const api = await get("/api/v1/calls", { method: "DELETE" });
      expect(api.status).toBe(405);
      expect(api.headers.get("content-type")).toContain("application/problem+json");
    });
  });
}

describe("personal pages", () => {
  it("are never kept by a shared or browser cache, whether marked or setting a cookie", async () => {
    const app = new Hono();
    app.use("*", ...responseHeaders({ trustedProxies: 0 }));
    app.get("/mijn-gids", (c) => {
      markPersonal(c);
      return c.html("<p>Uw gids</p>");
    });
    app.get("/aanmelden", (c) => {
      c.header("Set-Cookie", "sid=1; HttpOnly");
      return c.html("<form></form>");
    });
    for (const path of ["/mijn-gids", "/aanmelden"]) {
      expect((await app.request(path)).headers.get("cache-control"), path).toBe("private, no-store");
    }
  });
});
