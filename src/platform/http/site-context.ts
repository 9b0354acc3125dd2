import type { Context } from "hono";
import { type Lang, translator } from "../i18n/translate.js";
import type { PageContext } from "../views/page-context.js";
import { BACK_PARAM, backPath } from "./back-path.js";
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

/** "Terug naar overzicht": the overview named in the link that led here, or the section's own list. */
export function backHref(c: Context, fallback: string, lang: Lang): string {
  return backPath(c.req.query(BACK_PARAM), lang, fallback);
}
