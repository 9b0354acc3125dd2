import { Layout } from "../../../platform/views/layout.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { FormErrors } from "../../following/views/form-errors.js";
import { alertPaths } from "../alert-paths.js";

/**
 * The page a digest link opens. It changes nothing by itself (mail scanners open links): the
 * one button does. After the button, or for a link that does not work, it only says so.
 */
export function DigestLinkPage({
  page,
  title,
  intro,
  form,
  errors = [],
}: {
  page: PageContext;
  title: string;
  intro: string;
  form?: { action: string; submit: string; reason?: { label: string; value: string } };
  errors?: string[];
}) {
  const { t, lang } = page;
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <FormErrors title={t("alerts.errorsTitle")} messages={errors} />
      <p class="lead">{intro}</p>
      {form ? (
        <form method="post" action={form.action} class="stacked-form">
          {form.reason ? (
            <p>
              <label for="reason">{form.reason.label}</label>
              <textarea id="reason" name="reason" maxlength={500} rows={3}>
                {form.reason.value}
              </textarea>
            </p>
          ) : null}
          <p>
            <button type="submit">{form.submit}</button>
          </p>
        </form>
      ) : (
        <p>
          <a href={alertPaths(lang).settings}>{t("alerts.settings.link")}</a>
        </p>
      )}
    </Layout>
  );
}
