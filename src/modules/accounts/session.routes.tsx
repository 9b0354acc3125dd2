import { Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { siteCookies } from "../../platform/http/cookies.js";
import { writeFlash } from "../../platform/http/flash.js";
import { requireUser, signedInUser } from "../../platform/http/guards.js";
import { segments } from "../../platform/http/paths.js";
import { endSession } from "../../platform/http/session.js";
import { pageContext } from "../../platform/http/site-context.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { MyGuidePage } from "./views/my-guide-page.js";

/** Mijn gids and logging out. */
export function sessionRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const s = segments[lang];
  const cookies = siteCookies(deps.config.BASE_URL);

  app.get(`/${s.myGuide}`, requireUser, (c) =>
    c.html(<MyGuidePage page={pageContext(c, lang, deps.config.BASE_URL, deps.now())} user={signedInUser(c)} />),
  );

  app.post(`/${s.logout}`, async (c) => {
    await endSession(c, deps.db.kysely, cookies);
    writeFlash(c, cookies, [{ kind: "success", key: "flash.loggedOut" }]);
    return c.redirect(lang === "nl" ? "/" : `/${lang}`, 303);
  });

  return app;
}
