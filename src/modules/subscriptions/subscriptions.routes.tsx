import { type Context, Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { markPersonal } from "../../platform/http/cache-control.js";
import { clientAddress } from "../../platform/http/client-address.js";
import { hashToken } from "../../platform/http/session.js";
import { pageContext } from "../../platform/http/site-context.js";
import { type Lang, translator } from "../../platform/i18n/translate.js";
import { enqueueMail } from "../../platform/mail/outbox.js";
import { formFields, parseEmail, redirectWithFlash } from "../accounts/account-http.js";
import { canonicalQuery } from "../following/saved-search.input.js";
import { parseSearchParams } from "../search/search.types.js";
import { themeName } from "../themes/theme.queries.js";
import { confirmationMail } from "./confirmation-mail.js";
import { addressOfKey, manageKey } from "./manage-key.js";
import {
  addressOf,
  confirmSubscription,
  endSubscriptions,
  pendingSubscription,
  requestSubscription,
  subscriptionsOf,
} from "./subscription.repository.js";
import { subscriptionPaths } from "./subscription-paths.js";
import {
  ConfirmSubscriptionPage,
  ManageSubscriptionsPage,
  SubscribePage,
  type SubscribeSubject,
} from "./views/subscription-pages.js";

/** Requests per hour, per address and per client, counted in the database like the account forms. */
const LIMIT = { address: 3, client: 20, windowSeconds: 60 * 60 };

/** Alerts without an account: ask with an address, confirm with a button, manage from any mail. */
export function subscriptionRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const db = deps.db.kysely;
  const routes = subscriptionPaths(lang, true);
  const paths = subscriptionPaths(lang);
  const t = translator(lang);
  const page = (c: Context) => pageContext(c, lang, deps.config.BASE_URL, deps.now());
  const absolute = (path: string) => new URL(path, deps.config.BASE_URL).href;

  /** The theme or search a form is about, as the visitor gave it; undefined when there is no such theme. */
  async function subjectOf(fields: { theme?: string | undefined; search?: string | undefined }) {
    if (fields.theme) {
      const theme = await db.selectFrom("themes").selectAll().where("slug", "=", fields.theme).executeTakeFirst();
      return theme
        ? {
            subject: { kind: "theme", value: theme.slug, name: themeName(theme, lang) } satisfies SubscribeSubject,
            themeId: theme.id,
          }
        : undefined;
    }
    if (fields.search !== undefined) {
      const query = canonicalQuery(fields.search.slice(0, 4000));
      const words = parseSearchParams(new URLSearchParams(query)).query.q.trim();
      return {
        subject: { kind: "search", value: query, name: words || t("subscribe.searchWithoutWords") } satisfies SubscribeSubject,
        themeId: null,
      };
    }
    return undefined;
  }

  app.get(routes.subscribe, async (c) => {
    const found = await subjectOf({ theme: c.req.query("theme"), search: c.req.query("search") });
    return c.html(<SubscribePage page={page(c)} subject={found?.subject} />, found ? 200 : 404);
  });

  app.post(routes.subscribe, async (c) => {
    const fields = await formFields(c);
    const found = await subjectOf(fields);
    if (!found) return c.html(<SubscribePage page={page(c)} subject={undefined} />, 404);
    const email = parseEmail(fields.email);
    const refuse = (error: string) =>
      c.html(<SubscribePage page={page(c)} subject={found.subject} email={fields.email ?? ""} errors={[error]} />, 400);
    if (!email) return refuse(t("subscribe.error.email"));
    const wait = await limited(c, email);
    if (wait !== null) {
      return c.html(
        <SubscribePage
          page={page(c)}
          subject={found.subject}
          email={email}
          errors={[t("subscribe.error.limited", { minutes: wait })]}
        />,
        429,
      );
    }
    const { subject } = found;
    const now = deps.now();
    // Known or not, the answer is the same; a mail is stored only for a new or unconfirmed request.
    await requestSubscription(
      db,
      {
        email,
        language: lang,
        kind: subject.kind,
        themeId: found.themeId,
        query: subject.kind === "search" ? subject.value : null,
        name: subject.name,
      },
      now,
      async (trx, token, addressId) => {
        const links = {
          confirm: absolute(paths.confirmLink(token)),
          manage: absolute(paths.manageLink(await manageKey(trx, addressId, now))),
        };
        const mail = await confirmationMail(email, lang, subject.name, links);
        await enqueueMail(trx, { ...mail, uniqueKey: `subscribe:${hashToken(token)}`, language: lang, now });
      },
    );
    return c.html(<SubscribePage page={page(c)} subject={subject} email={email} sent />);
  });

  app.get(routes.confirm, async (c) => {
    markPersonal(c);
    const token = c.req.query("token") ?? "";
    const pending = token ? await pendingSubscription(db, token, deps.now()) : undefined;
    return c.html(<ConfirmSubscriptionPage page={page(c)} token={token} pending={pending} />, pending ? 200 : 400);
  });

  app.post(routes.confirm, async (c) => {
    markPersonal(c);
    const token = (await formFields(c)).token ?? "";
    const now = deps.now();
    const pending = token ? await pendingSubscription(db, token, now) : undefined;
    const addressId = pending ? await confirmSubscription(db, token, now) : undefined;
    if (!pending || addressId === undefined) return c.html(<ConfirmSubscriptionPage page={page(c)} token="" />, 400);
    const manageHref = paths.manageLink(await manageKey(db, addressId, now));
    return c.html(<ConfirmSubscriptionPage page={page(c)} token="" confirmed={{ name: pending.name, manageHref }} />);
  });

  app.get(routes.manage, async (c) => {
    markPersonal(c);
    const key = c.req.query("key") ?? "";
    const addressId = key ? await addressOfKey(db, key, deps.now()) : undefined;
    if (addressId === undefined) {
      return c.html(<ManageSubscriptionsPage page={page(c)} manageKey={undefined} email={undefined} subscriptions={[]} />, 400);
    }
    const [address, subscriptions] = await Promise.all([addressOf(db, addressId), subscriptionsOf(db, addressId)]);
    return c.html(
      <ManageSubscriptionsPage page={page(c)} manageKey={key} email={address?.email} subscriptions={subscriptions} />,
    );
  });

  app.post(routes.end, async (c) => {
    const fields = await formFields(c);
    const key = fields.key ?? "";
    const addressId = key ? await addressOfKey(db, key, deps.now()) : undefined;
    if (addressId === undefined) {
      return c.html(<ManageSubscriptionsPage page={page(c)} manageKey={undefined} email={undefined} subscriptions={[]} />, 400);
    }
    const all = fields.subscription === "all";
    const id = Number(fields.subscription);
    if (!all && !Number.isSafeInteger(id)) {
      return c.html(<ManageSubscriptionsPage page={page(c)} manageKey={undefined} email={undefined} subscriptions={[]} />, 400);
    }
    await endSubscriptions(db, addressId, all ? { all: true } : { id });
    return redirectWithFlash(deps, c, paths.manageLink(key), {
      kind: "success",
      key: all ? "subscribe.manage.endedAll" : "subscribe.manage.ended",
    });
  });

  async function limited(c: Context, email: string): Promise<number | null> {
    const now = deps.now();
    const client = clientAddress(c, deps.config.TRUST_PROXY);
    const [byClient, byAddress] = await Promise.all([
      deps.rateLimits.hit(`subscribe:client:${client}`, LIMIT.client, LIMIT.windowSeconds, now),
      deps.rateLimits.hit(`subscribe:address:${email}`, LIMIT.address, LIMIT.windowSeconds, now),
    ]);
    if (byClient.allowed && byAddress.allowed) return null;
    return Math.max(1, Math.ceil(Math.max(byClient.retryAfterSeconds, byAddress.retryAfterSeconds) / 60));
  }

  return app;
}
