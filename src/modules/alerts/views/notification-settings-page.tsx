import type { DigestFrequency } from "../../../platform/db/schema.js";
import { CsrfField } from "../../../platform/views/components/csrf-field.js";
import { Layout } from "../../../platform/views/layout.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import type { MailedFollow } from "../../following/follows.repository.js";
import { guidePaths } from "../../following/guide-paths.js";
import { FormErrors } from "../../following/views/form-errors.js";
import { alertPaths } from "../alert-paths.js";

export interface SettingsValues {
  frequency: DigestFrequency;
  reminderDays: string;
  /** `${type}:${id}` of the follows that may mail. */
  mailed: string[];
}

const FREQUENCIES: DigestFrequency[] = ["daily", "weekly", "off"];

/** How often the digest comes, which deadline reminders, and which follows may mail. */
export function NotificationSettingsPage({
  page,
  values,
  follows,
  errors,
}: {
  page: PageContext;
  values: SettingsValues;
  follows: MailedFollow[];
  errors: string[];
}) {
  const { t, lang } = page;
  return (
    <Layout
      page={page}
      title={t("alerts.settings.title")}
      breadcrumbs={[{ label: t("myGuide.title"), href: guidePaths(lang).guide }, { label: t("alerts.settings.title") }]}
    >
      <h1>{t("alerts.settings.title")}</h1>
      <p class="lead">{t("alerts.settings.intro")}</p>
      <FormErrors title={t("alerts.errorsTitle")} messages={errors} />
      <form method="post" action={alertPaths(lang).settings} class="stacked-form">
        <CsrfField page={page} />
        <fieldset>
          <legend>{t("alerts.settings.frequency")}</legend>
          {FREQUENCIES.map((frequency) => (
            <p>
              <label>
                <input type="radio" name="frequency" value={frequency} checked={values.frequency === frequency} />{" "}
                {t(`alerts.frequency.${frequency}`)}
              </label>
            </p>
          ))}
        </fieldset>
        <p>
          <label for="reminderDays">{t("alerts.settings.reminders")}</label>
          <input
            id="reminderDays"
            name="reminderDays"
            type="text"
            inputmode="numeric"
            maxlength={60}
            aria-describedby="reminderDays-hint"
            value={values.reminderDays}
          />
          <small id="reminderDays-hint">{t("alerts.settings.remindersHint")}</small>
        </p>
        {follows.length ? (
          <fieldset>
            <legend>{t("alerts.settings.follows")}</legend>
            {follows.map((f) => {
              const value = `${f.type}:${f.id}`;
              return (
                <p>
                  <label>
                    <input type="checkbox" name="mail" value={value} checked={values.mailed.includes(value)} /> {f.name} (
                    {t("alerts.settings.mail")})
                  </label>
                </p>
              );
            })}
          </fieldset>
        ) : null}
        <p>
          <button type="submit">{t("alerts.settings.save")}</button>
        </p>
      </form>
    </Layout>
  );
}
