import type { Child } from "hono/jsx";
import { CsrfField } from "../../../platform/views/components/csrf-field.js";
import { Layout } from "../../../platform/views/layout.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { FormErrors } from "../../following/views/form-errors.js";
import type { Subscription } from "../subscription.repository.js";
import { subscriptionPaths } from "../subscription-paths.js";

/** What a subscribe form is about: a theme by slug or a search by its canonical query, with the name shown. */
export interface SubscribeSubject {
  kind: "theme" | "search";
  value: string;
  name: string;
}

function Page({ page, title, children }: { page: PageContext; title: string; children: Child }) {
  return (
    <Layout page={page} title={title} breadcrumbs={[{ label: title }]}>
      <h1>{title}</h1>
      {children}
    </Layout>
  );
}

/** The form that asks for an address; after posting, the same "check your mailbox" whoever the address is. */
export function SubscribePage({
  page,
  subject,
  email = "",
  errors = [],
  sent = false,
}: {
  page: PageContext;
  subject: SubscribeSubject | undefined;
  email?: string;
  errors?: string[];
  sent?: boolean;
}) {
  const { t } = page;
  if (sent && subject) {
    return (
      <Page page={page} title={t("subscribe.sent.title")}>
        <p role="status">{t("subscribe.sent.body", { email, name: subject.name })}</p>
      </Page>
    );
  }
  return (
    <Page page={page} title={t("subscribe.title")}>
      {subject ? (
        <>
          <p class="lead">{t(`subscribe.intro.${subject.kind}`, { name: subject.name })}</p>
          <FormErrors title={t("subscribe.errorsTitle")} messages={errors} />
          <form method="post" action={subscriptionPaths(page.lang).subscribe} class="stacked-form">
            <CsrfField page={page} />
            <input type="hidden" name={subject.kind} value={subject.value} />
            <p>
              <label for="subscribe-email">{t("subscribe.email")}</label>
              <input
                type="email"
                id="subscribe-email"
                name="email"
                value={email}
                required
                autocomplete="email"
                aria-invalid={errors.length ? "true" : undefined}
              />
            </p>
            <p class="muted">{t("subscribe.promise")}</p>
            <button type="submit">{t("subscribe.submit")}</button>
          </form>
        </>
      ) : (
        <p>{t("subscribe.unknown")}</p>
      )}
    </Page>
  );
}

/** The page a confirmation link opens: one button, so a link scanner that follows the link confirms nothing. */
export function ConfirmSubscriptionPage({
  page,
  token,
  pending,
  confirmed,
}: {
  page: PageContext;
  token: string;
  pending?: { email: string; name: string };
  confirmed?: { name: string; manageHref: string };
}) {
  const { t } = page;
  const paths = subscriptionPaths(page.lang);
  if (confirmed) {
    return (
      <Page page={page} title={t("subscribe.confirm.title")}>
        <p role="status">{t("subscribe.confirm.done", { name: confirmed.name })}</p>
        <p>
          <a href={confirmed.manageHref}>{t("subscribe.manage.link")}</a>
        </p>
      </Page>
    );
  }
  return (
    <Page page={page} title={t("subscribe.confirm.title")}>
      {pending ? (
        <form method="post" action={paths.confirm}>
          <CsrfField page={page} />
          <input type="hidden" name="token" value={token} />
          <p>{t("subscribe.confirm.body", { email: pending.email, name: pending.name })}</p>
          <button type="submit">{t("subscribe.confirm.button")}</button>
        </form>
      ) : (
        <p>{t("subscribe.confirm.invalid")}</p>
      )}
    </Page>
  );
}

/** Everything an address receives, each with its own stop button, and one to stop them all. */
export function ManageSubscriptionsPage({
  page,
  manageKey,
  email,
  subscriptions,
  notice,
}: {
  page: PageContext;
  manageKey: string | undefined;
  email: string | undefined;
  subscriptions: Subscription[];
  notice?: string;
}) {
  const { t } = page;
  const paths = subscriptionPaths(page.lang);
  return (
    <Page page={page} title={t("subscribe.manage.title")}>
      {notice ? <p role="status">{notice}</p> : null}
      {!manageKey ? (
        <p>{t("subscribe.manage.invalid")}</p>
      ) : subscriptions.length === 0 || !email ? (
        <p>{t("subscribe.manage.none")}</p>
      ) : (
        <>
          <p>{t("subscribe.manage.intro", { email })}</p>
          <ul class="plain-list">
            {subscriptions.map((s) => (
              <li>
                <form method="post" action={paths.end} class="inline-forms">
                  <CsrfField page={page} />
                  <input type="hidden" name="key" value={manageKey} />
                  <input type="hidden" name="subscription" value={String(s.id)} />
                  <span>
                    {t(`subscribe.kind.${s.kind}`)}: <strong>{s.name}</strong>
                  </span>{" "}
                  <button type="submit" class="button-secondary">
                    {t("subscribe.manage.end")}
                    <span class="visually-hidden">: {s.name}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
          <form method="post" action={paths.end}>
            <CsrfField page={page} />
            <input type="hidden" name="key" value={manageKey} />
            <input type="hidden" name="subscription" value="all" />
            <button type="submit">{t("subscribe.manage.endAll")}</button>
          </form>
        </>
      )}
    </Page>
  );
}
