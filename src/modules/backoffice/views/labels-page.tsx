import { formatDate } from "../../../platform/i18n/format.js";
import { CsrfField } from "../../../platform/views/components/csrf-field.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import type { LabelRow } from "../../importers/programme-labels.js";
import { backofficePaths } from "../backoffice-paths.js";
import { BackofficeLayout } from "./backoffice-layout.js";

/** The raw programme labels imports met, unlinked ones first, each with a picker to link it. */
export function LabelsPage({
  page,
  labels,
  programmes,
  error,
}: {
  page: PageContext;
  labels: LabelRow[];
  programmes: { slug: string; name: string }[];
  error?: string;
}) {
  const { t, lang } = page;
  const paths = backofficePaths(lang);
  return (
    <BackofficeLayout page={page} title={t("bo.labels")} current="importLabels">
      <h1>{t("bo.labels")}</h1>
      <p class="lead">{t("bo.labels.intro")}</p>
      {error ? (
        <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
          <p>{error}</p>
        </div>
      ) : null}
      {labels.length === 0 ? (
        <p>{t("bo.labels.none")}</p>
      ) : (
        <table class="record-table">
          <caption class="visually-hidden">{t("bo.labels")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("bo.labels.label")}</th>
              <th scope="col">{t("bo.labels.seenBy")}</th>
              <th scope="col">{t("bo.labels.calls")}</th>
              <th scope="col">{t("bo.labels.lastSeen")}</th>
              <th scope="col">{t("bo.labels.programme")}</th>
            </tr>
          </thead>
          <tbody>
            {labels.map((row, index) => (
              <tr>
                <th scope="row">{row.label}</th>
                <td>{row.seenBy ?? t("empty")}</td>
                <td>{row.calls ?? t("empty")}</td>
                <td>{row.lastSeenAt ? formatDate(lang, row.lastSeenAt) : t("empty")}</td>
                <td>
                  <p>{row.programme ? row.programme.name : t("bo.labels.unmapped", { slug: row.proposedSlug ?? "" })}</p>
                  <form method="post" action={paths.importLabels}>
                    <CsrfField page={page} />
                    <input type="hidden" name="label" value={row.label} />
                    <label class="visually-hidden" for={`label-${index}`}>
                      {t("bo.labels.pickFor", { label: row.label })}
                    </label>
                    <select id={`label-${index}`} name="programme">
                      {programmes.map((p) => (
                        <option value={p.slug} selected={p.slug === (row.programme?.slug ?? row.proposedSlug)}>
                          {p.name} ({p.slug})
                        </option>
                      ))}
                    </select>{" "}
                    <button type="submit">{t("bo.labels.map")}</button>
                  </form>
                  {row.programme ? (
                    <form method="post" action={paths.unlinkLabel}>
                      <CsrfField page={page} />
                      <input type="hidden" name="label" value={row.label} />
                      <button type="submit" class="button-secondary">
                        {t("bo.labels.unmap")}
                      </button>
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </BackofficeLayout>
  );
}
