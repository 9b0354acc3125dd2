import type { Context } from "hono";
import { type Lang, translator } from "../i18n/translate.js";
import type { PageContext } from "../views/page-context.js";
import { pathsFor } from "./paths.js";
import type { Visitor } from "./visitor.js";

export function pageContext(c: Context, lang: Lang, baseUrl: string, now: Date): PageContext {
  const url = new URL(c.req.url);
  const visitor = c.get("visitor") ?? anonymous(lang);
  return { lang, t: translator(lang), paths: pathsFor(lang), url: url.pathname + url.search, baseUrl, now, visitor };
}

/** Requests the visitor middleware does not see (a missing static file) are answered as for anyone. */
function anonymous(lang: Lang): Visitor {
  return { user: null, lang, csrfToken: "", flash: [] };
}

/** "Terug naar overzicht" returns to the list the visitor came from, search and filters intact. */
export function backHref(c: Context, fallback: string, baseUrl: string): string {
  const referer = c.req.header("referer");
  if (!referer) return fallback;
  try {
    const from = new URL(referer);
    const own = new URL(c.req.url);
    const allowed = from.host === own.host || from.origin === new URL(baseUrl).origin;
    return allowed && from.pathname !== own.pathname ? from.pathname + from.search : fallback;
  } catch {
    return fallback;
  }
}
