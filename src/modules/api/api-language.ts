import type { Context } from "hono";
import type { Lang } from "../../platform/i18n/translate.js";

/**
 * The language of the API's human-readable texts (problem titles), from Accept-Language:
 * the most preferred of Dutch and English, Dutch when the client states neither.
 */
export function apiLanguage(c: Context): Lang {
  const header = c.req.header("accept-language") ?? "";
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { primary: tag.split("-")[0], q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const found = ranked.find((entry) => entry.primary === "nl" || entry.primary === "en");
  return found?.primary === "en" ? "en" : "nl";
}
