import { segments } from "../../platform/http/paths.js";
import type { Lang } from "../../platform/i18n/translate.js";

/** Words of the site's segments, so the language switch translates these addresses too; "stop" is only posted to. */
const words = {
  nl: { base: segments.nl.subscribe, confirm: segments.nl.confirmEmail, manage: segments.nl.manage, end: "stoppen" },
  en: { base: segments.en.subscribe, confirm: segments.en.confirmEmail, manage: segments.en.manage, end: "stop" },
} as const;

/** Where alerts without an account live; `routes` without the language prefix, as the router mounts them. */
export function subscriptionPaths(lang: Lang, routes = false) {
  const w = words[lang];
  const base = `${routes || lang === "nl" ? "" : `/${lang}`}/${w.base}`;
  return {
    subscribe: base,
    forTheme: (slug: string) => `${base}?theme=${encodeURIComponent(slug)}`,
    forSearch: (query: string) => `${base}?search=${encodeURIComponent(query)}`,
    confirm: `${base}/${w.confirm}`,
    confirmLink: (token: string) => `${base}/${w.confirm}?token=${encodeURIComponent(token)}`,
    manage: `${base}/${w.manage}`,
    manageLink: (key: string) => `${base}/${w.manage}?key=${encodeURIComponent(key)}`,
    end: `${base}/${w.manage}/${w.end}`,
  };
}
