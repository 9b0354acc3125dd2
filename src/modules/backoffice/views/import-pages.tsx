import { CsrfField } from "../../../platform/views/components/csrf-field.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import type { Importer, ImportNote } from "../../importers/import-batch.js";
import { backofficePaths } from "../backoffice-paths.js";
import type { FieldChange, ImportOutcome } from "../imports/import-preview.js";
import { IMPORT_MAX_BYTES, type StoredUpload } from "../imports/stored-upload.js";
import { BackofficeLayout } from "./backoffice-layout.js";

const MB = Math.round(IMPORT_MAX_BYTES / 1024 / 1024);
/** A first import of the portal's feed creates hundreds of records: the page lists the first ones. */
const LISTED = 100;

function Problem({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
      <p>{message}</p>
    </div>
  );
}

/** The upload form: a format and a file, sent as multipart so it works without script. */
export function ImportUploadPage({
  page,
  importers,
  format,
  error,
}: {
  page: PageContext;
  importers: Importer[];
  format?: string;
  error?: string;
}) {
  const { t } = page;
  return (
    <BackofficeLayout page={page} title={t("bo.import")} current="imports">
      <h1>{t("bo.import")}</h1>
      <p class="lead">{t("bo.import.intro")}</p>
      <Problem message={error} />
      <form method="post" action={backofficePaths(page.lang).imports} enctype="multipart/form-data">
        <CsrfField page={page} />
        <div class="field">
          <label class="field-label" for="import-format">
            {t("bo.import.format")}
          </label>
          <select id="import-format" name="format">
            {importers.map((importer) => (
              <option value={importer.format} selected={importer.format === format}>
                {importer.format}: {importer.description}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="field-label" for="import-file">
            {t("bo.import.file")}
          </label>
          <span class="field-hint" id="import-file-hint">
            {t("bo.import.fileHint", { mb: MB })}
          </span>
          <input type="file" id="import-file" name="file" aria-describedby="import-file-hint" />
        </div>
        <button type="submit">{t("bo.import.upload")}</button>
      </form>
    </BackofficeLayout>
  );
}

const shown = (value: unknown) =>
  value === null || value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value);

function Changes({ page, changes }: { page: PageContext; changes: FieldChange[] }) {
  const { t } = page;
  return (
    <table class="record-table">
      <thead>
        <tr>
          <th scope="col">{t("bo.import.field")}</th>
          <th scope="col">{t("bo.import.old")}</th>
          <th scope="col">{t("bo.import.new")}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr>
            <th scope="row">{change.field}</th>
            <td>{shown(change.oldValue)}</td>
            <td>{shown(change.newValue)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Notes({ page, title, notes }: { page: PageContext; title: string; notes: ImportNote[] }) {
  const { t } = page;
  if (notes.length === 0) return null;
  return (
    <section aria-label={title}>
      <h2>
        {title} ({notes.length})
      </h2>
      <table class="record-table">
        <thead>
          <tr>
            <th scope="col">{t("bo.import.origin")}</th>
            <th scope="col">{t("bo.import.reason")}</th>
          </tr>
        </thead>
        <tbody>
          {notes.slice(0, LISTED).map((note) => (
            <tr>
              <td>{note.origin}</td>
              <td>{note.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {notes.length > LISTED ? <p>{t("bo.import.more", { count: notes.length - LISTED })}</p> : null}
    </section>
  );
}

function RecordList({ page, title, records }: { page: PageContext; title: string; records: ImportOutcome["report"]["records"] }) {
  if (records.length === 0) return null;
  return (
    <section aria-label={title}>
      <h2>
        {title} ({records.length})
      </h2>
      <ul>
        {records.slice(0, LISTED).map((record) => (
          <li>
            {record.kind} {record.slug} <span class="field-hint">({record.origin})</span>
          </li>
        ))}
      </ul>
      {records.length > LISTED ? <p>{page.t("bo.import.more", { count: records.length - LISTED })}</p> : null}
    </section>
  );
}

/** What the file does (dry run) or did (committed): counts, followers, each record by outcome with its reasons. */
export function ImportReportPage({
  page,
  outcome,
  upload,
  format,
  committed,
  refusedWhole,
  error,
}: {
  page: PageContext;
  outcome: ImportOutcome;
  upload: StoredUpload;
  format: string;
  committed: boolean;
  refusedWhole: boolean;
  error?: string;
}) {
  const { t } = page;
  const { report } = outcome;
  const title = committed ? t("bo.import.doneTitle", { name: upload.name }) : t("bo.import.previewTitle", { name: upload.name });
  const paths = backofficePaths(page.lang);
  const byOutcome = (o: "created" | "updated" | "unchanged") => report.records.filter((r) => r.outcome === o);
  const writes = report.counts.created + report.counts.updated;
  return (
    <BackofficeLayout page={page} title={title} current="imports" crumbs={[{ label: t("bo.import"), href: paths.imports }]}>
      <h1>{title}</h1>
      <Problem message={error} />
      <p role="status">{t("bo.import.summary", report.counts)}</p>
      <p>{t("bo.import.notified", { count: outcome.notified })}</p>
      {refusedWhole ? <p>{t("bo.import.refusedWhole")}</p> : writes === 0 ? <p>{t("bo.import.nothingToWrite")}</p> : null}
      {!committed && !refusedWhole && writes > 0 ? (
        <form method="post" action={paths.commitImport}>
          <CsrfField page={page} />
          <input type="hidden" name="format" value={format} />
          <input type="hidden" name="hash" value={upload.hash} />
          <input type="hidden" name="name" value={upload.name} />
          <input type="hidden" name="fingerprint" value={outcome.fingerprint} />
          <button type="submit">{t("bo.import.commit")}</button>
        </form>
      ) : null}
      {byOutcome("updated").length ? (
        <section aria-label={t("bo.import.updated")}>
          <h2>
            {t("bo.import.updated")} ({byOutcome("updated").length})
          </h2>
          {byOutcome("updated")
            .slice(0, LISTED)
            .map((record) => (
              <article>
                <h3>
                  {record.kind} {record.slug}
                </h3>
                <p class="field-hint">{record.origin}</p>
                <Changes page={page} changes={outcome.changes[`${record.kind}:${record.slug}`] ?? []} />
              </article>
            ))}
        </section>
      ) : null}
      <RecordList page={page} title={t("bo.import.created")} records={byOutcome("created")} />
      <RecordList page={page} title={t("bo.import.unchanged")} records={byOutcome("unchanged")} />
      <Notes page={page} title={t("bo.import.rejected")} notes={report.rejected} />
      <Notes page={page} title={t("bo.import.skipped")} notes={report.skipped} />
      <Notes page={page} title={t("bo.import.warnings")} notes={report.warnings} />
    </BackofficeLayout>
  );
}
