import { type Context, Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { siteCookies } from "../../platform/http/cookies.js";
import { segments } from "../../platform/http/paths.js";
import { startSession } from "../../platform/http/session.js";
import { pageContext } from "../../platform/http/site-context.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { formFields, redirectWithFlash } from "./account-http.js";
import { consumeToken, peekToken } from "./account-tokens.js";
import { markVerified, setEmail } from "./user.repository.js";
import { InvalidLinkPage, LinkActionPage } from "./views/link-pages.js";

/** Confirming an address: a new account's, or the new address of a member. */
export function confirmRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const s = segments[lang];
  const cookies = siteCookies(deps.config.BASE_URL);
  const page = (c: Context) => pageContext(c, lang, deps.config.BASE_URL, deps.now());
  const invalid = (c: Context) => c.html(<InvalidLinkPage page={page(c)} again={page(c).paths.section("login")} />, 400);

  app.get(`/${s.confirmEmail}`, async (c) => {
    const token = c.req.query("token") ?? "";
    if (!(await peekToken(deps.db.kysely, token, ["confirm", "email"], deps.now()))) return invalid(c);
    const p = page(c);
    return c.html(
      <LinkActionPage
        page={p}
        title="confirm.title"
        intro="confirm.intro"
        action={p.paths.section("confirmEmail")}
        token={token}
        submit="confirm.submit"
      />,
    );
  });

  app.post(`/${s.confirmEmail}`, async (c) => {
    const now = deps.now();
    const db = deps.db.kysely;
    const used = await consumeToken(db, (await formFields(c)).token ?? "", ["confirm", "email"], now);
    if (!used) return invalid(c);
    const paths = page(c).paths;
    if (used.purpose === "email") {
      if (!used.newEmail || !(await setEmail(db, used.userId, used.newEmail, now))) return invalid(c);
      await startSession(c, db, cookies, used.userId, now);
      return redirectWithFlash(deps, c, paths.section("account"), { kind: "success", key: "flash.emailChanged" });
    }
    // The link proves the mailbox is theirs: the address is confirmed and they are in.
    await markVerified(db, used.userId, now);
    await startSession(c, db, cookies, used.userId, now);
    return redirectWithFlash(deps, c, paths.section("myGuide"), { kind: "success", key: "flash.confirmed" });
  });

  return app;
}
