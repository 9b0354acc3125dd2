import { Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { confirmRoutes } from "./confirm.routes.js";
import { loginRoutes } from "./login.routes.js";
import { passwordRoutes } from "./password.routes.js";
import { registerRoutes } from "./register.routes.js";
import { sessionRoutes } from "./session.routes.js";
import { settingsRoutes } from "./settings.routes.js";

/** Every page of accounts, in one language. */
export function accountRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  for (const routes of [registerRoutes, confirmRoutes, loginRoutes, passwordRoutes, settingsRoutes, sessionRoutes]) {
    app.route("/", routes(deps, lang));
  }
  return app;
}
