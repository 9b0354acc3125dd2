import { type Context, Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { siteCookies } from "../../platform/http/cookies.js";
import { authorize, requireUser, signedInUser } from "../../platform/http/guards.js";
import { pathsFor, segments } from "../../platform/http/paths.js";
import { endAllSessions, SESSION_COOKIE, startSession } from "../../platform/http/session.js";
import { pageContext } from "../../platform/http/site-context.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { exportAccount } from "./account-export.js";
import { formFields, formLimit, parseEmail, redirectWithFlash, sendAccountMail } from "./account-http.js";
import { issueToken } from "./account-tokens.js";
import { can } from "./accounts.policy.js";
import { verifyPassword } from "./password.js";
import { checkPassword } from "./password-policy.js";
import { settingsPaths } from "./settings-paths.js";
import { deleteUser, findUserByEmail, findUserById, setPassword } from "./user.repository.js";
import type { FormErrors } from "./views/account-form.js";
import { type SettingsForm, SettingsPage } from "./views/settings-page.js";

/** Account settings: e-mail, password, log out everywhere, export, delete. Only for the member themselves. */
export function settingsRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const base = `/${segments[lang].account}`;
  const sub = settingsPaths[lang];
  const cookies = siteCookies(deps.config.BASE_URL);
  const db = deps.db.kysely;

  const render = (c: Context, status: 200 | 400 | 429 = 200, failed?: { form: SettingsForm; errors: FormErrors }) => {
    const user = signedInUser(c);
    authorize(c, can, "view", { userId: user.id });
    return c.html(
      <SettingsPage page={pageContext(c, lang, deps.config.BASE_URL, deps.now())} user={user} failed={failed} />,
      status,
    );
  };

  /** The member's own row after checking the current password they typed, or null. */
  async function withPassword(c: Context, action: "update" | "delete", password: string | undefined) {
    const user = signedInUser(c);
    authorize(c, can, action, { userId: user.id });
    const row = await findUserById(db, user.id);
    return row && (await verifyPassword(password ?? "", row.passwordHash)) ? row : null;
  }

  app.use(base, requireUser);
  app.use(`${base}/*`, requireUser);

  app.get(base, (c) => render(c));

  app.post(`${base}/${sub.email}`, async (c) => {
    const t = pageContext(c, lang, deps.config.BASE_URL, deps.now()).t;
    const values = await formFields(c);
    const email = parseEmail(values.email);
    if (!email) return render(c, 400, { form: "email", errors: { fields: { email: t("form.invalidEmail") } } });
    const row = await withPassword(c, "update", values.password);
    if (!row) return render(c, 400, { form: "email", errors: { fields: { password: t("settings.wrongPassword") } } });
    if (email === row.email) return render(c, 400, { form: "email", errors: { fields: { email: t("settings.sameEmail") } } });
    const wait = await formLimit(deps, c, "email", email);
    if (wait) return render(c, 429, { form: "email", errors: { form: t("form.tooMany", { minutes: wait }) } });
    // An address that already has an account gets a notice instead of a link: the member learns nothing of it.
    if (await findUserByEmail(db, email)) {
      const token = await issueToken(db, row.id, "reset", deps.now());
      sendAccountMail(deps, "alreadyRegistered", email, lang, `${pathsFor(lang).section("resetPassword")}?token=${token}`);
    } else {
      const token = await issueToken(db, row.id, "email", deps.now(), email);
      sendAccountMail(deps, "confirmNewEmail", email, lang, `${pathsFor(lang).section("confirmEmail")}?token=${token}`);
    }
    return redirectWithFlash(deps, c, base, { kind: "info", key: "flash.emailSent" });
  });

  app.post(`${base}/${sub.password}`, async (c) => {
    const t = pageContext(c, lang, deps.config.BASE_URL, deps.now()).t;
    const values = await formFields(c);
    const row = await withPassword(c, "update", values.currentPassword);
    if (!row) return render(c, 400, { form: "password", errors: { fields: { currentPassword: t("settings.wrongPassword") } } });
    const verdict = await checkPassword(values.password ?? "", lang, [row.email, row.name ?? ""]);
    if (!verdict.ok) return render(c, 400, { form: "password", errors: { fields: { password: verdict.reason } } });
    await setPassword(db, row.id, values.password ?? "");
    await endAllSessions(db, row.id);
    await startSession(c, db, cookies, row.id, deps.now());
    return redirectWithFlash(deps, c, base, { kind: "success", key: "flash.passwordChanged" });
  });

  app.post(`${base}/${sub.sessions}`, async (c) => {
    const user = signedInUser(c);
    authorize(c, can, "update", { userId: user.id });
    await endAllSessions(db, user.id);
    cookies.clear(c, SESSION_COOKIE);
    return redirectWithFlash(deps, c, pathsFor(lang).home, { kind: "success", key: "flash.loggedOutEverywhere" });
  });

  app.get(`${base}/${sub.export}`, async (c) => {
    const user = signedInUser(c);
    authorize(c, can, "export", { userId: user.id });
    const data = await exportAccount(db, user.id);
    c.header("Content-Disposition", `attachment; filename="${sub.export}"`);
    return c.json({ exportedAt: deps.now().toISOString(), ...data });
  });

  app.post(`${base}/${sub.delete}`, async (c) => {
    const t = pageContext(c, lang, deps.config.BASE_URL, deps.now()).t;
    const values = await formFields(c);
    const row = await withPassword(c, "delete", values.password);
    if (!row) return render(c, 400, { form: "delete", errors: { fields: { password: t("settings.wrongPassword") } } });
    await deleteUser(db, row.id);
    cookies.clear(c, SESSION_COOKIE);
    return redirectWithFlash(deps, c, pathsFor(lang).home, { kind: "success", key: "flash.deleted" });
  });

  return app;
}
