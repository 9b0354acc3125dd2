import { formatDate, formatTime } from "../../../platform/i18n/format.js";
import { CsrfField } from "../../../platform/views/components/csrf-field.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { backofficePaths, type RecordSection } from "../backoffice-paths.js";
import { BackofficeLayout } from "./backoffice-layout.js";
import type { FieldChange } from "./editor-page.js";

export interface RevisionView {
  version: number;
  actor: string;
  createdAt: string;
  /** null: the revision that created the record. */
  changes: FieldChange[] | null;
}

/** Every save of a record, newest first, each with a readable diff and a button to restore it. */
export function RevisionsPage({
  page,
  section,
  id,
  title,
  currentVersion,
  revisions,
}: {
  page: PageContext;
  section: RecordSection;
  id: number;
  title: string;
  currentVersion: number;
  revisions: RevisionView[];
}) {
  const { t, lang } = page;
  const paths = backofficePaths(lang);
  const heading = t("bo.revisions.title", { title });
  return (
    <BackofficeLayout
      page={page}
      title={heading}
      current={section}
      crumbs={[
        { label: t(`bo.${section}`), href: paths.list(section) },
        { label: title, href: paths.record(section, id) },
      ]}
    >
      <h1>{heading}</h1>
      <p class="lead">{t("bo.revisions.intro")}</p>
      <ol class="revisions" reversed>
        {revisions.map((revision) => (
          <li id={`v${revision.version}`}>
            <h2>
              {t("bo.revisions.version", { version: revision.version })}
              {revision.version === currentVersion ? ` (${t("bo.revisions.current")})` : ""}
            </h2>
            <p>
              {t("bo.revisions.by", {
                actor: revision.actor,
                date: formatDate(lang, revision.createdAt),
                time: formatTime(lang, revision.createdAt),
              })}
            </p>
            {revision.changes === null ? (
              <p>{t("bo.revisions.created")}</p>
            ) : (
              <table class="record-table">
                <caption class="visually-hidden">{t("bo.revisions.version", { version: revision.version })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("bo.revisions.field")}</th>
                    <th scope="col">{t("bo.revisions.before")}</th>
                    <th scope="col">{t("bo.revisions.after")}</th>
                  </tr>
                </thead>
                <tbody>
                  {revision.changes.map((change) => (
                    <tr>
                      <th scope="row">{change.label}</th>
                      <td>{change.before}</td>
                      <td>{change.after}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {revision.version !== currentVersion ? (
              <form method="post" action={paths.revisions(section, id)}>
                <CsrfField page={page} />
                <input type="hidden" name="version" value={String(currentVersion)} />
                <button type="submit" name="restore" value={String(revision.version)} class="secondary-button">
                  {t("bo.revisions.restore", { version: revision.version })}
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ol>
    </BackofficeLayout>
  );
}
