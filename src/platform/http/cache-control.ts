import type { Context } from "hono";

const ANONYMOUS_PAGE = "public, max-age=60";
const PERSONAL = "private, no-store";

/**
 * Marks the answer as made for this visitor alone (a signed-in page, a form with its CSRF
 * token): no shared or browser cache may keep it.
 */
export function markPersonal(c: Context): void {
  c.header("Cache-Control", PERSONAL);
}

/** How an HTML answer may be kept: personal never, a lasting anonymous page briefly, a refusal not at all. */
export function htmlCaching(c: Context): string {
  if (c.res.headers.has("set-cookie")) return PERSONAL;
  const chosen = c.res.headers.get("cache-control");
  if (chosen) return chosen;
  // A refusal or failure is about this moment and this request: keeping it would repeat it.
  const lasting = c.res.status < 400 || c.res.status === 404 || c.res.status === 410;
  return lasting ? ANONYMOUS_PAGE : "no-store";
}
