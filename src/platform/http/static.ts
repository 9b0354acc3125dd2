import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { Hono } from "hono";

const dir = new URL("../views/static/", import.meta.url);
const types: Record<string, string> = {
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  svg: "image/svg+xml",
};

/** The few static files are read once and served with an ETag; no build step involved. */
export function staticRoutes() {
  const app = new Hono();
  const files = new Map<string, { body: string; etag: string; type: string }>();
  for (const name of ["site.css", "site.js", "backoffice.js"]) {
    const body = readFileSync(new URL(name, dir), "utf8");
    const etag = `"${createHash("sha1").update(body).digest("base64url").slice(0, 16)}"`;
    files.set(name, { body, etag, type: types[name.split(".").pop() as string] ?? "text/plain" });
  }
  app.get("/static/:name", (c) => {
    const file = files.get(c.req.param("name"));
    if (!file) return c.notFound();
    c.header("ETag", file.etag);
    c.header("Cache-Control", "public, max-age=3600");
    if (c.req.header("if-none-match") === file.etag) return c.body(null, 304);
    return c.body(file.body, 200, { "Content-Type": file.type });
  });
  return app;
}
