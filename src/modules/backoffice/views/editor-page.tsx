import type { Child } from "hono/jsx";
import type { PublicationState } from "../../../platform/db/schema.js";
import { formatDate, formatTime } from "../../../platform/i18n/format.js";
import { CsrfField } from "../../../platform/views/components/csrf-field.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { backofficePaths, type RecordSection } from "../backoffice-paths.js";
import type { FieldError } from "../form-errors.js";
import type { FormValues } from "../form-values.js";
import { BackofficeLayout } from "./backoffice-layout.js";
import { CheckboxField, ErrorSummary, type FormState, TextField } from "./form-kit.js";
import { StateBadge } from "./state-badge.js";

/** A field that changed in between, as the conflict box lists it. */
export interface FieldChange {
  label: string;
  before: string;
  after: string;
}

export interface EditorPageProps {
  page: PageContext;
  section: RecordSection;
  heading: string;
  /** false: no drafts or publishing, only saving (themes, beneficiary types). */
  workflow: boolean;
  id?: number;
  values: FormValues;
  errors: FieldError[];
  state: PublicationState;
  version: number;
  draftSeq: number;
  pending?: { actor: string; createdAt: string; publishAt: string | null };
  conflict?: { message: string; changes: FieldChange[] };
  present: string[];
  followers: number | null;
  publicHref?: string;
  fields: (form: FormState) => Child;
  /** Below the form: what the record is to others (the records naming a contact). */
  related?: Child;
}

/** The frame of every record form: what is going on with the record, the fields, then saving and publishing. */
export function EditorPage(props: EditorPageProps) {
  const { page, section, id } = props;
  const { t, lang } = page;
  const paths = backofficePaths(lang);
  const form: FormState = { page, values: props.values, errors: props.errors };
  const action = id === undefined ? paths.newRecord(section) : paths.record(section, id);
  return (
    <BackofficeLayout
      page={page}
      title={props.heading}
      current={section}
      crumbs={[{ label: t(`bo.${section}`), href: paths.list(section) }]}
    >
      <ErrorSummary page={page} errors={props.errors} />
      {props.conflict ? (
        <div class="conflict" role="alert" id="conflict">
          <h2>{t("bo.form.conflictTitle")}</h2>
          <p>{props.conflict.message}</p>
          {props.conflict.changes.length ? (
            <>
              <p>{t("bo.form.conflictChanges")}</p>
              <table class="record-table">
                <caption class="visually-hidden">{t("bo.form.conflictChanges")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("bo.revisions.field")}</th>
                    <th scope="col">{t("bo.revisions.before")}</th>
                    <th scope="col">{t("bo.revisions.after")}</th>
                  </tr>
                </thead>
                <tbody>
                  {props.conflict.changes.map((change) => (
                    <tr>
                      <th scope="row">{change.label}</th>
                      <td>{change.before}</td>
                      <td>{change.after}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
          <p>{t("bo.form.conflictKept")}</p>
        </div>
      ) : null}
      <h1>{props.heading}</h1>
      {id !== undefined ? (
        <p>
          {t("bo.form.version", { version: props.version, state: "" })}
          {props.workflow ? <StateBadge page={page} state={props.state} pending={!!props.pending} /> : null}
          {" · "}
          <a href={paths.revisions(section, id)}>{t("bo.form.revisions")}</a>
          {props.publicHref && (props.state === "published" || !props.workflow) ? (
            <>
              {" · "}
              <a href={props.publicHref}>{t("bo.form.viewPublic")}</a>
            </>
          ) : null}
        </p>
      ) : null}
      {id !== undefined ? (
        <p
          class={props.present.length ? "presence" : "presence-empty"}
          role="status"
          id="presence"
          data-presence={`${section}:${id}`}
          data-presence-url={paths.presence}
        >
          {props.present.length ? t("bo.form.presence", { names: props.present.join(", ") }) : ""}
        </p>
      ) : null}
      {props.pending ? (
        <p class="pending-note">
          {t("bo.form.pendingNote", { actor: props.pending.actor, date: formatDate(lang, props.pending.createdAt) })}{" "}
          {props.pending.publishAt
            ? t("bo.form.pendingScheduled", {
                date: formatDate(lang, props.pending.publishAt),
                time: formatTime(lang, props.pending.publishAt),
              })
            : ""}
        </p>
      ) : !props.workflow ? (
        <p class="pending-note">{t("bo.form.liveNote")}</p>
      ) : props.state === "published" ? (
        <p class="pending-note">{t("bo.form.draftNote")}</p>
      ) : null}
      <form method="post" action={action} class="record-form" novalidate>
        <CsrfField page={page} />
        <input type="hidden" name="version" value={String(props.version)} />
        <input type="hidden" name="draftSeq" value={String(props.draftSeq)} />
        {/* The first button of a form is what Enter presses: saving, never adding a row. */}
        <p>
          <button type="submit" name="action" value="save">
            {t("bo.form.save")}
          </button>
        </p>
        {props.fields(form)}
        {props.workflow ? (
          <PublishPanel {...props} form={form} />
        ) : (
          <p class="editor-actions">
            <button type="submit" name="action" value="save">
              {t("bo.form.save")}
            </button>
          </p>
        )}
      </form>
      {props.related}
      <script src="/static/backoffice.js" defer />
    </BackofficeLayout>
  );
}

/** Saving, previewing, publishing now or at a moment, taking offline and archiving, with who will hear of it. */
function PublishPanel(props: EditorPageProps & { form: FormState }) {
  const { form, id, page } = props;
  const { t } = page;
  return (
    <fieldset class="field publish-panel">
      <legend class="field-label">{t("bo.form.actions")}</legend>
      <CheckboxField form={form} name="minor" label={t("bo.form.minor")} />
      {props.followers !== null ? <p id="followers">{t("bo.form.followers", { count: props.followers })}</p> : null}
      <TextField
        form={form}
        name="publishAt"
        type="datetime-local"
        label={t("bo.form.publishAt")}
        hint={t("bo.form.publishAtHint")}
      />
      <p class="editor-actions">
        <button type="submit" name="action" value="save">
          {t("bo.form.save")}
        </button>
        <button type="submit" name="action" value="preview" class="secondary-button">
          {t("bo.form.preview")}
        </button>
        <button type="submit" name="action" value="publish">
          {t("bo.form.publish")}
        </button>
        <button type="submit" name="action" value="schedule" class="secondary-button">
          {t("bo.form.schedule")}
        </button>
        {id !== undefined && props.state !== "unpublished" && props.state !== "draft" ? (
          <button type="submit" name="action" value="unpublish" class="secondary-button">
            {t("bo.form.unpublish")}
          </button>
        ) : null}
        {id !== undefined && props.state !== "archived" ? (
          <button type="submit" name="action" value="archive" class="secondary-button">
            {t("bo.form.archive")}
          </button>
        ) : null}
      </p>
    </fieldset>
  );
}
