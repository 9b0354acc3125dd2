import { segments } from "../../../platform/http/paths.js";
import type { VisitorUser } from "../../../platform/http/visitor.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { settingsPaths } from "../settings-paths.js";
import { AccountForm, AccountSection, type FormErrors } from "./account-form.js";
import { AccountPage } from "./account-page.js";

export type SettingsForm = "email" | "password" | "delete";

/** Every setting on one page, each its own form, so a mistake in one keeps the others as they were. */
export function SettingsPage({
  page,
  user,
  failed,
}: {
  page: PageContext;
  user: VisitorUser;
  failed?: { form: SettingsForm; errors: FormErrors };
}) {
  const { t, paths, lang } = page;
  const base = paths.section("account");
  const sub = settingsPaths[lang];
  const errorsOf = (form: SettingsForm) => (failed?.form === form ? failed.errors : undefined);
  return (
    <AccountPage page={page} title={t("settings.title")} intro={t("settings.intro", { email: user.email })}>
      <AccountSection title={t("settings.email")} intro={t("settings.emailIntro")}>
        <AccountForm
          page={page}
          id="email"
          action={`${base}/${sub.email}`}
          submit="settings.emailSubmit"
          errors={errorsOf("email")}
          fields={[
            { name: "email", label: "form.newEmail", type: "email", autocomplete: "email" },
            { name: "password", label: "form.currentPassword", type: "password", autocomplete: "current-password" },
          ]}
        />
      </AccountSection>
      <AccountSection title={t("settings.password")}>
        <AccountForm
          page={page}
          id="password"
          action={`${base}/${sub.password}`}
          submit="settings.passwordSubmit"
          errors={errorsOf("password")}
          fields={[
            { name: "currentPassword", label: "form.currentPassword", type: "password", autocomplete: "current-password" },
            {
              name: "password",
              label: "form.newPassword",
              type: "password",
              autocomplete: "new-password",
              hint: "form.passwordHint",
            },
          ]}
        />
      </AccountSection>
      <AccountSection title={t("settings.sessions")} intro={t("settings.sessionsIntro")}>
        <AccountForm page={page} id="sessions" action={`${base}/${sub.sessions}`} submit="settings.sessionsSubmit" fields={[]} />
      </AccountSection>
      <AccountSection title={t("alerts.settings.title")} intro={t("alerts.settings.intro")}>
        <p>
          <a href={`${lang === "nl" ? "" : `/${lang}`}/${segments[lang].digest}`}>{t("alerts.settings.link")}</a>
        </p>
      </AccountSection>
      <AccountSection title={t("settings.export")} intro={t("settings.exportIntro")}>
        <p>
          <a href={`${base}/${sub.export}`} download>
            {t("settings.exportLink")}
          </a>
        </p>
      </AccountSection>
      <AccountSection title={t("settings.delete")} intro={t("settings.deleteIntro")}>
        <AccountForm
          page={page}
          id="delete"
          action={`${base}/${sub.delete}`}
          submit="settings.deleteSubmit"
          errors={errorsOf("delete")}
          danger
          fields={[{ name: "password", label: "form.currentPassword", type: "password", autocomplete: "current-password" }]}
        />
      </AccountSection>
    </AccountPage>
  );
}
