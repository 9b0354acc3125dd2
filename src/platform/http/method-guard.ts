import type { Context, Hono, MiddlewareHandler } from "hono";
import { TrieRouter } from "hono/router/trie-router";
import { AppError } from "../../errors.js";
import { routeKind } from "./route-kind.js";

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A form posted to a page or feed that takes none answers 405 with the methods it does take,
 * before any other check (a missing CSRF token would otherwise make it a 403). Routes are read
 * from the app once, on the first unsafe request, when every module has registered its own.
 */
export function methodGuard(app: Hono, refuse: (c: Context, error: AppError) => Response | Promise<Response>): MiddlewareHandler {
  let writable: TrieRouter<true> | undefined;
  return (c, next) => {
    if (READS.has(c.req.method)) return next();
    const kind = routeKind(c.req.path);
    if (kind !== "page" && kind !== "feed") return next();
    if (!writable) {
      writable = new TrieRouter<true>();
      for (const route of app.routes)
        if (route.method !== "ALL" && !READS.has(route.method)) writable.add(route.method, route.path, true);
    }
    if (writable.match(c.req.method, c.req.path)[0].length > 0) return next();
    c.header("Allow", "GET, HEAD");
    return Promise.resolve(refuse(c, new AppError("method_not_allowed")));
  };
}
