/**
 * What a path serves, as headers, limits and metrics treat it: the open data API, a feed or
 * export (RSS, Atom, iCalendar, CSV, Excel, sitemap, robots.txt), a static file, a probe or metrics,
 * or a page.
 */
export type RouteKind = "api" | "feed" | "static" | "probe" | "page";

const probes = new Set(["/healthz", "/readyz", "/metrics"]);
const feedFile = /\.(rss|atom|ics|csv|xlsx|xml|txt)$/;

export function routeKind(path: string): RouteKind {
  if (probes.has(path)) return "probe";
  if (path.startsWith("/static/")) return "static";
  if (path === "/api/v1" || path.startsWith("/api/v1/")) return path === "/api/v1/docs" ? "page" : "api";
  if (feedFile.test(path)) return "feed";
  return "page";
}
