import type { Row } from "../../../platform/db/schema.js";
import { CsrfField } from "../../../platform/views/components/csrf-field.js";
import { Layout } from "../../../platform/views/layout.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { themeName } from "../../themes/theme.queries.js";
import { guidePaths } from "../guide-paths.js";
import { REGIONS } from "../profile.input.js";
import { FormErrors } from "./form-errors.js";

export interface ProfileValues {
  organisationName: string;
  beneficiaryType: string;
  region: string;
  themes: string[];
}

export interface ProfilePageProps {
  page: PageContext;
  values: ProfileValues;
  types: Row<"beneficiaryTypes">[];
  themes: Row<"themes">[];
  errors: string[];
}

/** The organisation profile form: name, type of organisation, themes and region. */
export function ProfilePage({ page, values, types, themes, errors }: ProfilePageProps) {
  const { t, lang } = page;
  const guide = guidePaths(lang);
  return (
    <Layout
      page={page}
      title={t("profile.title")}
      breadcrumbs={[{ label: t("myGuide.title"), href: guide.guide }, { label: t("profile.title") }]}
    >
      <h1>{t("profile.title")}</h1>
      <p class="lead">{t("profile.intro")}</p>
      <FormErrors title={t("profile.errorsTitle")} messages={errors} />
      <form method="post" action={guide.profile} class="stacked-form">
        <CsrfField page={page} />
        <p>
          <label for="organisationName">{t("profile.organisationName")}</label>
          <input
            id="organisationName"
            name="organisationName"
            type="text"
            maxlength={200}
            autocomplete="organization"
            value={values.organisationName}
          />
        </p>
        <p>
          <label for="beneficiaryType">{t("profile.beneficiaryType")}</label>
          <select id="beneficiaryType" name="beneficiaryType">
            <option value="">{t("profile.notSet")}</option>
            {types.map((type) => (
              <option value={type.slug} selected={type.slug === values.beneficiaryType}>
                {themeName(type, lang)}
              </option>
            ))}
          </select>
        </p>
        <fieldset>
          <legend>{t("profile.themes")}</legend>
          <ul class="checkbox-list">
            {themes.map((theme) => (
              <li>
                <label>
                  <input type="checkbox" name="themes" value={theme.slug} checked={values.themes.includes(theme.slug)} />{" "}
                  {themeName(theme, lang)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <p>
          <label for="region">{t("profile.region")}</label>
          <select id="region" name="region">
            <option value="">{t("profile.notSet")}</option>
            {REGIONS.map((region) => (
              <option value={region} selected={region === values.region}>
                {t(`region.${region}`)}
              </option>
            ))}
          </select>
        </p>
        <p>
          <button type="submit">{t("profile.save")}</button>
        </p>
      </form>
    </Layout>
  );
}
