import { type Context, Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { siteCookies } from "../../platform/http/cookies.js";
import { pathsFor, segments } from "../../platform/http/paths.js";
import { safeSameSitePath } from "../../platform/http/safe-path.js";
import { startSession } from "../../platform/http/session.js";
import { pageContext } from "../../platform/http/site-context.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { formFields, formLimit, langOf, parseEmail, redirectWithFlash, sendAccountMail } from "./account-http.js";
import { consumeToken, issueToken, peekToken } from "./account-tokens.js";
import { hashPassword, verifyPassword } from "./password.js";
import { findUserByEmail, markVerified } from "./user.repository.js";
import { AccountForm, type FormErrors } from "./views/account-form.js";
import { AccountPage } from "./views/account-page.js";
import { InvalidLinkPage, LinkActionPage } from "./views/link-pages.js";

/** Compared against when the address is unknown, so a wrong address takes as long as a wrong password. */
const unknownUserHash = hashPassword("no account has this password");

/** Logging in with a password, or with a single-use link by e-mail. */
export function loginRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const s = segments[lang];
  const cookies = siteCookies(deps.config.BASE_URL);
  const page = (c: Context) => pageContext(c, lang, deps.config.BASE_URL, deps.now());

  const loginForm = (c: Context, values: Record<string, string>, errors?: FormErrors) => {
    const p = page(c);
    const next = safeSameSitePath(values.next, "");
    return (
      <AccountPage
        page={p}
        title={p.t("login.title")}
        intro={p.t("login.intro")}
        links={[
          { label: p.t("login.forgot"), href: p.paths.section("forgotPassword") },
          { label: p.t("login.withLink"), href: p.paths.section("loginLink") },
          { label: `${p.t("login.noAccount")} ${p.t("nav.register")}`, href: p.paths.section("register") },
        ]}
      >
        <AccountForm
          page={p}
          id="login"
          action={p.paths.section("login")}
          submit="login.submit"
          errors={errors}
          fields={[
            { name: "email", label: "form.email", type: "email", autocomplete: "username", value: values.email },
            { name: "password", label: "form.password", type: "password", autocomplete: "current-password" },
            { name: "next", label: "form.password", type: "hidden", value: next },
          ]}
        />
      </AccountPage>
    );
  };

  app.get(`/${s.login}`, (c) => c.html(loginForm(c, { next: c.req.query("next") ?? "" })));

  app.post(`/${s.login}`, async (c) => {
    const p = page(c);
    const values = await formFields(c);
    const email = parseEmail(values.email);
    if (!email) return c.html(loginForm(c, values, { fields: { email: p.t("form.invalidEmail") } }), 400);
    const wait = await formLimit(deps, c, "login", email);
    if (wait) return c.html(loginForm(c, values, { form: p.t("form.tooMany", { minutes: wait }) }), 429);

    const user = await findUserByEmail(deps.db.kysely, email);
    const password = values.password ?? "";
    const matches = await verifyPassword(password, user?.passwordHash ?? (await unknownUserHash));
    if (!user || !matches) return c.html(loginForm(c, values, { form: p.t("login.failed") }), 400);
    if (user.deactivatedAt) return c.html(loginForm(c, values, { form: p.t("login.deactivated") }), 403);

    const now = deps.now();
    if (!user.verifiedAt) {
      const token = await issueToken(deps.db.kysely, user.id, "confirm", now);
      const theirs = langOf(user.language);
      sendAccountMail(deps, "confirmAddress", user.email, theirs, `${pathsFor(theirs).section("confirmEmail")}?token=${token}`);
      return c.html(loginForm(c, values, { form: p.t("login.unconfirmed") }), 403);
    }
    await startSession(c, deps.db.kysely, cookies, user.id, now);
    const to = safeSameSitePath(values.next, p.paths.section("myGuide"));
    return redirectWithFlash(deps, c, to, { kind: "success", key: "flash.loggedIn" });
  });

  const linkForm = (c: Context, values: Record<string, string> = {}, errors?: FormErrors) => {
    const p = page(c);
    return (
      <AccountPage page={p} title={p.t("loginLink.title")} intro={p.t("loginLink.intro")}>
        <AccountForm
          page={p}
          id="login-link"
          action={p.paths.section("loginLink")}
          submit="loginLink.submit"
          errors={errors}
          fields={[{ name: "email", label: "form.email", type: "email", autocomplete: "email", value: values.email }]}
        />
      </AccountPage>
    );
  };

  app.get(`/${s.loginLink}`, async (c) => {
    const token = c.req.query("token");
    if (token === undefined) return c.html(linkForm(c));
    const p = page(c);
    if (!(await peekToken(deps.db.kysely, token, ["login"], deps.now())))
      return c.html(<InvalidLinkPage page={p} again={p.paths.section("loginLink")} />, 400);
    return c.html(
      <LinkActionPage
        page={p}
        title="loginLink.title"
        intro="loginLink.confirmIntro"
        action={p.paths.section("loginLink")}
        token={token}
        submit="loginLink.confirmSubmit"
      />,
    );
  });

  app.post(`/${s.loginLink}`, async (c) => {
    const p = page(c);
    const values = await formFields(c);
    const now = deps.now();
    if (values.token !== undefined) {
      const used = await consumeToken(deps.db.kysely, values.token, ["login"], now);
      if (!used) return c.html(<InvalidLinkPage page={p} again={p.paths.section("loginLink")} />, 400);
      await markVerified(deps.db.kysely, used.userId, now);
      await startSession(c, deps.db.kysely, cookies, used.userId, now);
      return redirectWithFlash(deps, c, p.paths.section("myGuide"), { kind: "success", key: "flash.loggedIn" });
    }
    const email = parseEmail(values.email);
    if (!email) return c.html(linkForm(c, values, { fields: { email: p.t("form.invalidEmail") } }), 400);
    const wait = await formLimit(deps, c, "loginLink", email);
    if (wait) return c.html(linkForm(c, values, { form: p.t("form.tooMany", { minutes: wait }) }), 429);
    const user = await findUserByEmail(deps.db.kysely, email);
    // The page reads the same either way, so it tells no one whether an account exists or is deactivated.
    if (user && !user.deactivatedAt) {
      const token = await issueToken(deps.db.kysely, user.id, "login", now);
      const theirs = langOf(user.language);
      sendAccountMail(deps, "loginLink", user.email, theirs, `${pathsFor(theirs).section("loginLink")}?token=${token}`);
    }
    return c.html(
      <AccountPage page={p} title={p.t("loginLink.title")}>
        <p role="status">{p.t("loginLink.sent", { email })}</p>
      </AccountPage>,
    );
  });

  return app;
}
