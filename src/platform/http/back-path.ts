import type { Lang } from "../i18n/translate.js";
import { translatePath } from "./paths.js";
import { safeSameSitePath } from "./safe-path.js";

/**
 * "Terug naar overzicht" keeps the overview's address in the link to the detail page
 * (?terug=/oproepen?status=open), because the site sends no Referer. Only a path on this
 * site is accepted: anything else would make the back link an open redirect.
 */
export const BACK_PARAM = "terug";

/** A detail link that remembers the list it was followed from. */
export function hrefWithBack(href: string, from: string): string {
  return `${href}${href.includes("?") ? "&" : "?"}${BACK_PARAM}=${encodeURIComponent(from)}`;
}

/** The overview to go back to, in the page's language, or the fallback when the value is not a path of ours. */
export function backPath(value: string | undefined, lang: Lang, fallback: string): string {
  const path = safeSameSitePath(value, "");
  if (!path) return fallback;
  // A back link never points at a page that itself carries one.
  const url = new URL(path, "http://site.invalid");
  url.searchParams.delete(BACK_PARAM);
  return translatePath(url.pathname + url.search, lang);
}
