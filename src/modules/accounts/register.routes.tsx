import { type Context, Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { pathsFor, segments } from "../../platform/http/paths.js";
import { pageContext } from "../../platform/http/site-context.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { formFields, formLimit, langOf, parseEmail, sendAccountMail } from "./account-http.js";
import { issueToken } from "./account-tokens.js";
import { hashPassword } from "./password.js";
import { checkPassword } from "./password-policy.js";
import { createUser, findUserByEmail } from "./user.repository.js";
import { AccountForm, type FormErrors } from "./views/account-form.js";
import { AccountPage } from "./views/account-page.js";

/**
 * Registering answers the same whether or not the address has an account: a new address
 * gets a confirmation link, a known one a mail saying so (with a reset link).
 */
export function registerRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const s = segments[lang];
  const page = (c: Context) => pageContext(c, lang, deps.config.BASE_URL, deps.now());

  const form = (c: Context, values: Record<string, string> = {}, errors?: FormErrors) => {
    const p = page(c);
    return (
      <AccountPage
        page={p}
        title={p.t("register.title")}
        intro={p.t("register.intro")}
        links={[{ label: `${p.t("register.haveAccount")} ${p.t("nav.login")}`, href: p.paths.section("login") }]}
      >
        <AccountForm
          page={p}
          id="register"
          action={p.paths.section("register")}
          submit="register.submit"
          errors={errors}
          fields={[
            { name: "email", label: "form.email", type: "email", autocomplete: "email", value: values.email },
            {
              name: "password",
              label: "form.password",
              type: "password",
              autocomplete: "new-password",
              hint: "form.passwordHint",
            },
            { name: "name", label: "form.name", type: "text", autocomplete: "name", value: values.name, required: false },
          ]}
        />
      </AccountPage>
    );
  };

  app.get(`/${s.register}`, (c) => c.html(form(c)));

  app.post(`/${s.register}`, async (c) => {
    const p = page(c);
    const values = await formFields(c);
    const email = parseEmail(values.email);
    const name = (values.name ?? "").trim().slice(0, 200);
    const password = values.password ?? "";
    const verdict = await checkPassword(password, lang, [values.email ?? "", name]);
    const fields: Record<string, string> = {};
    if (!email) fields.email = p.t("form.invalidEmail");
    if (!verdict.ok) fields.password = verdict.reason;
    if (!email || !verdict.ok) return c.html(form(c, values, { fields }), 400);

    const wait = await formLimit(deps, c, "register", email);
    if (wait) return c.html(form(c, values, { form: p.t("form.tooMany", { minutes: wait }) }), 429);

    const now = deps.now();
    const existing = await findUserByEmail(deps.db.kysely, email);
    if (existing) {
      // As long as creating an account takes, so the answer's timing does not tell either.
      await hashPassword(password);
      const token = await issueToken(deps.db.kysely, existing.id, "reset", now);
      const theirs = langOf(existing.language);
      sendAccountMail(deps, "alreadyRegistered", email, theirs, `${pathsFor(theirs).section("resetPassword")}?token=${token}`);
    } else {
      const created = await createUser(
        deps.db.kysely,
        { email, password, name: name || null, language: lang, verified: false },
        now,
      );
      if (created.ok) {
        const token = await issueToken(deps.db.kysely, created.value.id, "confirm", now);
        sendAccountMail(deps, "confirmAddress", email, lang, `${p.paths.section("confirmEmail")}?token=${token}`);
      }
    }
    return c.html(
      <AccountPage page={p} title={p.t("register.sentTitle")}>
        <p role="status">{p.t("register.sent", { email })}</p>
      </AccountPage>,
    );
  });

  return app;
}
