import { Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { siteCookies } from "../../platform/http/cookies.js";
import { writeFlash } from "../../platform/http/flash.js";
import { segments } from "../../platform/http/paths.js";
import { endSession } from "../../platform/http/session.js";
import type { Lang } from "../../platform/i18n/translate.js";

/** Logging out. */
export function sessionRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const s = segments[lang];
  const cookies = siteCookies(deps.config.BASE_URL);

  app.post(`/${s.logout}`, async (c) => {
    await endSession(c, deps.db.kysely, cookies);
    writeFlash(c, cookies, [{ kind: "success", key: "flash.loggedOut" }]);
    return c.redirect(lang === "nl" ? "/" : `/${lang}`, 303);
  });

  return app;
}
