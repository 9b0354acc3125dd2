import { type Context, Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { siteCookies } from "../../platform/http/cookies.js";
import { writeFlash } from "../../platform/http/flash.js";
import { authorize, requireUser, signedInUser } from "../../platform/http/guards.js";
import { segments } from "../../platform/http/paths.js";
import { pageContext } from "../../platform/http/site-context.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { can } from "../following/following.policy.js";
import { followsWithMail, setFollowMuted } from "../following/follows.repository.js";
import { alertPaths } from "./alert-paths.js";
import { describeLink, performLink } from "./digest-link-actions.js";
import { linkKey, readLink } from "./digest-links.js";
import { settingsForm } from "./notification-settings.input.js";
import { saveSettings, settingsOf } from "./notification-settings.repository.js";
import { recipientSources } from "./recipient-sources.js";
import { DigestLinkPage } from "./views/link-page.js";
import { NotificationSettingsPage, type SettingsValues } from "./views/notification-settings-page.js";

/** The member's notification settings, and the pages the links in a digest open. */
export function alertRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const db = deps.db.kysely;
  const paths = alertPaths(lang);
  // Routes are mounted under the language's prefix; the paths in pages carry it.
  const base = `/${segments[lang].digest}`;
  const cookies = siteCookies(deps.config.BASE_URL);
  const page = (c: Context) => pageContext(c, lang, deps.config.BASE_URL, deps.now());

  app.get(base, requireUser, async (c) => {
    const user = signedInUser(c);
    authorize(c, can, "read", { kind: "member-data", userId: user.id });
    const [settings, follows] = await Promise.all([settingsOf(db, user.id), followsWithMail(db, user.id, deps.now(), lang)]);
    const values: SettingsValues = {
      frequency: settings.frequency,
      reminderDays: settings.reminderDays.join(", "),
      mailed: follows.filter((f) => !f.muted).map((f) => `${f.type}:${f.id}`),
    };
    return c.html(<NotificationSettingsPage page={page(c)} values={values} follows={follows} errors={[]} />);
  });

  app.post(base, requireUser, async (c) => {
    const user = signedInUser(c);
    authorize(c, can, "update", { kind: "member-data", userId: user.id });
    const body = await c.req.parseBody({ all: true });
    const mailed = [body.mail ?? []].flat().filter((v): v is string => typeof v === "string");
    const values: SettingsValues = {
      frequency: String(body.frequency ?? "") as SettingsValues["frequency"],
      reminderDays: String(body.reminderDays ?? ""),
      mailed,
    };
    const follows = await followsWithMail(db, user.id, deps.now(), lang);
    const parsed = settingsForm.safeParse(values);
    if (!parsed.success) {
      const t = page(c).t;
      const errors = [...new Set(parsed.error.issues.map((i) => t(i.message as "alerts.settings.badDays")))];
      return c.html(<NotificationSettingsPage page={page(c)} values={values} follows={follows} errors={errors} />, 400);
    }
    await saveSettings(db, user.id, parsed.data, deps.now());
    for (const f of follows) await setFollowMuted(db, user.id, f.type, f.id, !mailed.includes(`${f.type}:${f.id}`));
    writeFlash(c, cookies, [{ kind: "success", key: "alerts.settings.saved" }]);
    return c.redirect(paths.settings, 303);
  });

  /** A link changes nothing by being opened: its page has one button. */
  app.get(`${base}/link/:token`, async (c) => {
    const token = c.req.param("token");
    const link = readLink(await linkKey(db), token);
    const described = link && (await describeLink(db, recipientSources, link, lang));
    if (!link || !described) return invalid(c);
    return c.html(
      <DigestLinkPage
        page={page(c)}
        title={described.title}
        intro={described.intro}
        form={{
          action: paths.link(token),
          submit: described.submit,
          ...(described.reason ? { reason: { label: described.reason, value: "" } } : {}),
        }}
      />,
    );
  });

  /**
   * The button, and RFC 8058's one-click unsubscribe from the mail client (which posts
   * List-Unsubscribe=One-Click without a form's CSRF token: the signed token is the proof).
   * Doing it twice is doing it once.
   */
  app.post(`${base}/link/:token`, async (c) => {
    const token = c.req.param("token");
    const link = readLink(await linkKey(db), token);
    const described = link && (await describeLink(db, recipientSources, link, lang));
    if (!link || !described) return invalid(c);
    const body = await c.req.parseBody();
    const reason = typeof body.reason === "string" ? body.reason.trim() : "";
    if (reason.length > 500) {
      const t = page(c).t;
      return c.html(
        <DigestLinkPage
          page={page(c)}
          title={described.title}
          intro={described.intro}
          form={{ action: paths.link(token), submit: described.submit, reason: { label: described.reason ?? "", value: reason } }}
          errors={[t("alerts.link.badReason")]}
        />,
        400,
      );
    }
    await performLink(db, recipientSources, link, reason || null, deps.now());
    return c.html(<DigestLinkPage page={page(c)} title={described.title} intro={described.done} />);
  });

  function invalid(c: Context) {
    const t = page(c).t;
    return c.html(<DigestLinkPage page={page(c)} title={t("alerts.link.stopOne.title")} intro={t("alerts.link.invalid")} />, 404);
  }

  return app;
}
