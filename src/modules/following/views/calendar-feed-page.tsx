import { formatDate } from "../../../platform/i18n/format.js";
import { CsrfField } from "../../../platform/views/components/csrf-field.js";
import { Layout } from "../../../platform/views/layout.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { guidePaths } from "../guide-paths.js";

/**
 * Mijn agenda: make or renew the secret calendar address, with how to add it per calendar
 * app. `address` is there only in the answer that made it.
 */
export function CalendarFeedPage({ page, madeAt, address }: { page: PageContext; madeAt?: string; address?: string }) {
  const { t, lang } = page;
  const guide = guidePaths(lang);
  return (
    <Layout
      page={page}
      title={t("calendar.title")}
      breadcrumbs={[{ label: t("myGuide.title"), href: guide.guide }, { label: t("calendar.title") }]}
    >
      <h1>{t("calendar.title")}</h1>
      <p class="lead">{t("calendar.intro")}</p>
      {address ? (
        <div class="stacked-form">
          <label for="calendar-address">{t("calendar.address")}</label>
          <input type="text" id="calendar-address" readonly value={address} aria-describedby="calendar-address-note" />
          <p id="calendar-address-note">{t("calendar.addressNote")}</p>
          <p>
            <a class="button-link" href={address.replace(/^https?:/, "webcal:")}>
              {t("calendar.open")}
            </a>
          </p>
        </div>
      ) : (
        <p>{madeAt ? t("calendar.madeAt", { date: formatDate(lang, madeAt) }) : t("calendar.none")}</p>
      )}
      <form method="post" action={guide.calendar}>
        <CsrfField page={page} />
        {madeAt ? <p class="muted">{t("calendar.renewNote")}</p> : null}
        <button type="submit" class={madeAt ? "button-secondary" : undefined}>
          {madeAt ? t("calendar.renew") : t("calendar.make")}
        </button>
      </form>
      <h2>{t("calendar.howTo")}</h2>
      <ul>
        <li>{t("calendar.howTo.google")}</li>
        <li>{t("calendar.howTo.outlook")}</li>
        <li>{t("calendar.howTo.apple")}</li>
      </ul>
    </Layout>
  );
}
