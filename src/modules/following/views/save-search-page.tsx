import { CsrfField } from "../../../platform/views/components/csrf-field.js";
import { Layout } from "../../../platform/views/layout.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { guidePaths } from "../guide-paths.js";
import { FREQUENCIES } from "../saved-search.input.js";
import { FormErrors } from "./form-errors.js";

export interface SaveSearchProps {
  page: PageContext;
  /** Canonical search parameters, as they will be kept. */
  query: string;
  /** Where the search was made: its results page. */
  resultsHref: string;
  values: { name: string; frequency: string };
  errors: string[];
}

/** Naming a search and choosing how often to hear about it, before it is kept. */
export function SaveSearchPage({ page, query, resultsHref, values, errors }: SaveSearchProps) {
  const { t, lang } = page;
  const guide = guidePaths(lang);
  return (
    <Layout
      page={page}
      title={t("saveSearch.title")}
      breadcrumbs={[{ label: t("myGuide.title"), href: guide.guide }, { label: t("saveSearch.title") }]}
    >
      <h1>{t("saveSearch.title")}</h1>
      <p class="lead">{t("saveSearch.intro")}</p>
      <FormErrors title={t("saveSearch.errorsTitle")} messages={errors} />
      <p>
        {t("saveSearch.what")}: <a href={resultsHref}>{describeQuery(page, query)}</a>
      </p>
      <form method="post" action={guide.saveSearch("")} class="stacked-form">
        <CsrfField page={page} />
        <input type="hidden" name="query" value={query} />
        <p>
          <label for="name">{t("saveSearch.name")}</label>
          <input id="name" name="name" type="text" required maxlength={120} value={values.name} />
        </p>
        <fieldset>
          <legend>{t("saveSearch.frequency")}</legend>
          <ul class="checkbox-list">
            {FREQUENCIES.map((frequency) => (
              <li>
                <label>
                  <input type="radio" name="frequency" value={frequency} checked={values.frequency === frequency} />{" "}
                  {t(`saveSearch.frequency.${frequency}`)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <p>
          <button type="submit">{t("saveSearch.submit")}</button>
        </p>
      </form>
    </Layout>
  );
}

/** The search in words a visitor recognises: its terms and filter values, as the URL holds them. */
function describeQuery(page: PageContext, query: string): string {
  const params = new URLSearchParams(query);
  const parts = [...params].map(([name, value]) => (name === "q" ? `"${value}"` : `${name}: ${value}`));
  return parts.length ? parts.join(", ") : page.t("saveSearch.everything");
}
