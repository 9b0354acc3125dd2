import { segments } from "../../platform/http/paths.js";
import type { Lang } from "../../platform/i18n/translate.js";

/** Where the notification settings and the pages of digest links live, per language. */
export function alertPaths(lang: Lang) {
  const prefix = lang === "nl" ? "" : `/${lang}`;
  const settings = `${prefix}/${segments[lang].digest}`;
  return { settings, link: (token: string) => `${settings}/link/${token}` };
}

/** Digest links are authenticated by their signed token, not by a form's CSRF token (RFC 8058 one-click). */
export function isDigestLinkPath(path: string): boolean {
  return /^(\/en)?\/(samenvatting|digest)\/link\/[^/]+$/.test(path);
}
