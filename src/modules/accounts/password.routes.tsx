import { type Context, Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { siteCookies } from "../../platform/http/cookies.js";
import { pathsFor, segments } from "../../platform/http/paths.js";
import { endAllSessions, startSession } from "../../platform/http/session.js";
import { pageContext } from "../../platform/http/site-context.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { formFields, formLimit, langOf, parseEmail, redirectWithFlash, sendAccountMail } from "./account-http.js";
import { consumeToken, issueToken, peekToken } from "./account-tokens.js";
import { checkPassword } from "./password-policy.js";
import { findUserByEmail, findUserById, markVerified, setPassword } from "./user.repository.js";
import { AccountForm, type FormErrors } from "./views/account-form.js";
import { AccountPage } from "./views/account-page.js";
import { InvalidLinkPage, LinkActionPage } from "./views/link-pages.js";

/** Forgot password: a link by e-mail, then a new password; every other session ends. */
export function passwordRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const s = segments[lang];
  const cookies = siteCookies(deps.config.BASE_URL);
  const page = (c: Context) => pageContext(c, lang, deps.config.BASE_URL, deps.now());

  const forgotForm = (c: Context, values: Record<string, string> = {}, errors?: FormErrors) => {
    const p = page(c);
    return (
      <AccountPage page={p} title={p.t("forgot.title")} intro={p.t("forgot.intro")}>
        <AccountForm
          page={p}
          id="forgot"
          action={p.paths.section("forgotPassword")}
          submit="forgot.submit"
          errors={errors}
          fields={[{ name: "email", label: "form.email", type: "email", autocomplete: "email", value: values.email }]}
        />
      </AccountPage>
    );
  };

  app.get(`/${s.forgotPassword}`, (c) => c.html(forgotForm(c)));

  app.post(`/${s.forgotPassword}`, async (c) => {
    const p = page(c);
    const values = await formFields(c);
    const email = parseEmail(values.email);
    if (!email) return c.html(forgotForm(c, values, { fields: { email: p.t("form.invalidEmail") } }), 400);
    const wait = await formLimit(deps, c, "reset", email);
    if (wait) return c.html(forgotForm(c, values, { form: p.t("form.tooMany", { minutes: wait }) }), 429);
    const user = await findUserByEmail(deps.db.kysely, email);
    if (user) {
      const token = await issueToken(deps.db.kysely, user.id, "reset", deps.now());
      const theirs = langOf(user.language);
      sendAccountMail(deps, "resetPassword", user.email, theirs, `${pathsFor(theirs).section("resetPassword")}?token=${token}`);
    }
    return c.html(
      <AccountPage page={p} title={p.t("forgot.title")}>
        <p role="status">{p.t("forgot.sent", { email })}</p>
      </AccountPage>,
    );
  });

  const resetForm = (c: Context, token: string, errors?: FormErrors) => {
    const p = page(c);
    return (
      <LinkActionPage
        page={p}
        title="reset.title"
        intro="reset.intro"
        action={p.paths.section("resetPassword")}
        token={token}
        submit="reset.submit"
        errors={errors}
        fields={[
          {
            name: "password",
            label: "form.newPassword",
            type: "password",
            autocomplete: "new-password",
            hint: "form.passwordHint",
          },
        ]}
      />
    );
  };
  const invalid = (c: Context) => c.html(<InvalidLinkPage page={page(c)} again={page(c).paths.section("forgotPassword")} />, 400);

  app.get(`/${s.resetPassword}`, async (c) => {
    const token = c.req.query("token") ?? "";
    if (!(await peekToken(deps.db.kysely, token, ["reset"], deps.now()))) return invalid(c);
    return c.html(resetForm(c, token));
  });

  app.post(`/${s.resetPassword}`, async (c) => {
    const db = deps.db.kysely;
    const now = deps.now();
    const values = await formFields(c);
    const token = values.token ?? "";
    const live = await peekToken(db, token, ["reset"], now);
    const user = live ? await findUserById(db, live.userId) : undefined;
    if (!user) return invalid(c);
    // A weak password is refused before the link is used, so the member can try again with it.
    const verdict = await checkPassword(values.password ?? "", lang, [user.email, user.name ?? ""]);
    if (!verdict.ok) return c.html(resetForm(c, token, { fields: { password: verdict.reason } }), 400);
    if (!(await consumeToken(db, token, ["reset"], now))) return invalid(c);
    await setPassword(db, user.id, values.password ?? "");
    await markVerified(db, user.id, now);
    await endAllSessions(db, user.id);
    await startSession(c, db, cookies, user.id, now);
    return redirectWithFlash(deps, c, page(c).paths.section("myGuide"), { kind: "success", key: "flash.passwordChanged" });
  });

  return app;
}
