import { type Context, Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { AppError } from "../../errors.js";
import type { PublicationState } from "../../platform/db/schema.js";
import { siteCookies } from "../../platform/http/cookies.js";
import { writeFlash } from "../../platform/http/flash.js";
import { signedInUser } from "../../platform/http/guards.js";
import { segments } from "../../platform/http/paths.js";
import { pageContext } from "../../platform/http/site-context.js";
import type { MessageKey } from "../../platform/i18n/messages.nl.js";
import { type Lang, translator } from "../../platform/i18n/translate.js";
import { markdownToHtml } from "../../platform/views/markdown.js";
import { changedFields } from "../history/diff.js";
import { slugRedirectsElsewhere } from "../history/slug-redirects.js";
import { VersionConflict } from "../history/version-conflict.js";
import { listBeneficiaryTypes, listThemes, themeName } from "../themes/theme.queries.js";
import { actorOf } from "./audit-log.js";
import { backofficePaths } from "./backoffice-paths.js";
import { callChoices, NO_CALLS } from "./call-picker.js";
import { contactChoices } from "./contact-rows.js";
import { readableValue } from "./field-values.js";
import { followersOfRecord } from "./followers.js";
import { type FieldError, fieldErrors } from "./form-errors.js";
import { compactRows, type FormValues, moment, readForm, text } from "./form-values.js";
import { findPending } from "./pending-revisions.js";
import { notePresence, othersPresent } from "./presence.js";
import type { PickerOptions, RecordEditor } from "./record-editor.js";
import { applyEdit, EDITOR_ACTIONS, type EditorAction, restoreRevision } from "./record-publisher.js";
import { followReferences } from "./record-references.js";
import { EditorPage, type FieldChange } from "./views/editor-page.js";
import { RevisionsPage } from "./views/revisions-page.js";

const DONE = {
  save: "bo.flash.saved",
  publish: "bo.flash.published",
  schedule: "bo.flash.scheduled",
  unpublish: "bo.flash.unpublished",
  archive: "bo.flash.archived",
} as const satisfies Record<EditorAction, MessageKey>;

type Editable = { slug: string; state?: PublicationState } & Record<string, unknown>;

/** Create, edit, publish and restore one kind of record: /beheer/oproepen/nieuw, /beheer/oproepen/12, .../revisies. */
export function recordRoutes<I extends Editable>(deps: AppDeps, lang: Lang, editor: RecordEditor<I>) {
  const app = new Hono();
  const db = deps.db.kysely;
  const s = segments[lang];
  const base = `/${s.backoffice}/${s[editor.section]}`;
  const paths = backofficePaths(lang);
  const cookies = siteCookies(deps.config.BASE_URL);
  const t = translator(lang);
  const type = editor.store.type;
  const table = editor.store.table as "calls";
  const newTitle = t(`bo.new.${editor.section}`);

  async function options(values: FormValues): Promise<PickerOptions> {
    const pickers = editor.pickers ?? [];
    const [programmes, themes, types, contacts, calls] = await Promise.all([
      db.selectFrom("programmes").select(["slug", "name"]).orderBy("name").execute(),
      listThemes(db),
      listBeneficiaryTypes(db),
      pickers.includes("contacts") ? contactChoices(db) : [],
      pickers.includes("calls") ? callChoices(db, values) : NO_CALLS,
    ]);
    return {
      programmes: programmes.map((p) => ({ value: p.slug, label: p.name })),
      themes: themes.map((theme) => ({ value: theme.slug, label: themeName(theme, lang) })),
      beneficiaryTypes: types.map((bt) => ({ value: bt.slug, label: themeName(bt, lang) })),
      contacts,
      calls,
    };
  }

  async function load(id: number) {
    const [current, pending] = await Promise.all([
      db.transaction().execute((trx) => editor.store.load(trx, id)),
      findPending<I>(db, type, id),
    ]);
    if (!current) throw new AppError("not_found", `${type} ${id}`);
    return { current, pending };
  }

  interface Render {
    id?: number;
    values: FormValues;
    errors?: FieldError[];
    conflict?: { message: string; changes: FieldChange[] };
    previews?: Record<string, string>;
    extraRows?: Record<string, number>;
    status?: 200 | 400 | 409;
  }

  async function render(c: Context, r: Render) {
    const page = pageContext(c, lang, deps.config.BASE_URL, deps.now());
    const user = signedInUser(c);
    const record = r.id === undefined ? undefined : await load(r.id);
    const id = r.id;
    if (id !== undefined) await notePresence(db, { type, id }, { id: user.id, name: actorOf(user).label }, deps.now());
    const [picker, present, followers, related] = await Promise.all([
      options(r.values),
      id === undefined ? [] : othersPresent(db, { type, id }, user.id, deps.now()),
      id === undefined || !editor.workflow ? null : followersOfRecord(db, type, id),
      id === undefined || !editor.related ? undefined : editor.related(db, id, page),
    ]);
    const shown = record?.pending?.input ?? record?.current.input;
    const { Fields } = editor;
    return c.html(
      <EditorPage
        page={page}
        section={editor.section}
        heading={(shown && editor.title(shown, lang)) || newTitle}
        workflow={editor.workflow}
        {...(id !== undefined ? { id } : {})}
        values={r.values}
        errors={r.errors ?? []}
        state={record?.current.input.state ?? "draft"}
        version={Number(text(r.values, "version")) || record?.current.version || 0}
        draftSeq={Number(text(r.values, "draftSeq")) || 0}
        {...(record?.pending ? { pending: record.pending } : {})}
        {...(r.conflict ? { conflict: r.conflict } : {})}
        present={present}
        followers={followers}
        {...(record && editor.publicPath ? { publicHref: editor.publicPath(lang, record.current.input.slug) } : {})}
        fields={(form) => <Fields form={form} options={picker} previews={r.previews ?? {}} extraRows={r.extraRows ?? {}} />}
        {...(related !== undefined ? { related } : {})}
      />,
      r.status ?? 200,
    );
  }

  /**
   * The form of a stored record: its waiting change if there is one, else the live version,
   * naming records that were merged or renamed since by their address now.
   */
  async function formOf(current: { input: I; version: number }, pending: { input: I; seq: number } | undefined) {
    const { input } = await followReferences(db, editor.references, pending?.input ?? current.input);
    return {
      ...editor.toForm(input),
      version: String(current.version),
      draftSeq: String(pending?.seq ?? 0),
    };
  }

  // A new record's form starts empty where the defaults are only placeholders.
  const blankForm = () => ({
    ...editor.toForm(editor.blank()),
    slug: "",
    ...Object.fromEntries(editor.placeholders.map((field) => [field, ""])),
  });
  app.get(`${base}/${s.newRecord}`, (c) => render(c, { values: blankForm() }));

  app.get(`${base}/:id{[0-9]+}`, async (c) => {
    const id = Number(c.req.param("id"));
    const { current, pending } = await load(id);
    return render(c, { id, values: await formOf(current, pending) });
  });

  const submit = async (c: Context, id: number | undefined) => {
    const user = signedInUser(c);
    const sent = compactRows(readForm(await c.req.parseBody({ all: true })), editor.repeaters);
    const completed = editor.completeForm ? await editor.completeForm(db, sent) : { values: sent, unknown: [] };
    const values = completed.values;
    const action = text(values, "action");
    if (action.startsWith("add:")) {
      return render(c, { ...(id !== undefined ? { id } : {}), values, extraRows: { [action.slice(4)]: 1 } });
    }
    // A picker's search: the form comes back with what it found, nothing saved.
    if (action === "find") return render(c, { ...(id !== undefined ? { id } : {}), values });
    if (action === "preview") {
      const previews = Object.fromEntries(
        editor.markdownFields.map((field) => [field, markdownToHtml(text(values, field), "section")]),
      );
      return render(c, { ...(id !== undefined ? { id } : {}), values, previews });
    }
    const chosen: EditorAction =
      editor.workflow && (EDITOR_ACTIONS as readonly string[]).includes(action) ? (action as EditorAction) : "save";
    const record = id === undefined ? undefined : await load(id);
    const baseInput = record ? (record.pending?.input ?? record.current.input) : editor.blank();
    const { draft, rowIndex } = editor.fromForm(values, baseInput);
    const parsed = editor.schema.safeParse(draft);
    const errors = parsed.success
      ? []
      : fieldErrors(parsed.error.issues, { label: (f) => editor.label(t, f), kind: editor.kind }, t, rowIndex);
    if (parsed.success && (await slugTaken(parsed.data.slug, id))) {
      errors.unshift({ field: "slug", message: t("bo.error.slugTaken", { label: editor.label(t, "slug") }) });
    }
    const followed = parsed.success ? await followReferences(db, editor.references, parsed.data) : undefined;
    for (const { field, slug } of [...completed.unknown, ...(followed?.unknown ?? [])]) {
      errors.push({ field, message: t("bo.error.unknownRecord", { label: editor.label(t, field), slug }) });
    }
    const publishAt = chosen === "schedule" ? scheduledMoment(values) : undefined;
    if (chosen === "schedule" && !publishAt) {
      errors.push({ field: "publishAt", message: t("bo.error.publishAt", { label: t("bo.field.publishAt") }) });
    }
    if (!followed || errors.length) return render(c, { ...(id !== undefined ? { id } : {}), values, errors, status: 400 });
    const expectedVersion = Number(text(values, "version"));
    try {
      const saved = await applyEdit(deps.writer, {
        store: editor.store,
        ...(id !== undefined ? { id, expectedVersion } : {}),
        input: followed.input,
        workflow: editor.workflow,
        action: chosen,
        draftSeq: Number(text(values, "draftSeq")) || 0,
        minor: text(values, "minor") === "1",
        ...(publishAt ? { publishAt } : {}),
        actor: actorOf(user),
        now: deps.now(),
      });
      const flash =
        saved.outcome === "pending"
          ? "bo.flash.pending"
          : saved.outcome === "unchanged" && chosen === "save"
            ? "bo.flash.unchanged"
            : DONE[chosen];
      writeFlash(c, cookies, [{ kind: "success", key: flash }]);
      return c.redirect(paths.record(editor.section, saved.id), 303);
    } catch (error) {
      if (!(error instanceof VersionConflict) || id === undefined) throw error;
      return conflictPage(c, id, values, expectedVersion, error);
    }
  };

  /** 409 with what the other person changed, field by field, and the form as typed, now based on their version. */
  async function conflictPage(c: Context, id: number, values: FormValues, expectedVersion: number, error: VersionConflict) {
    const { current, pending } = await load(id);
    const started = await db
      .selectFrom("revisions")
      .select("snapshot")
      .where("entityType", "=", type)
      .where("entityId", "=", id)
      .where("version", "=", expectedVersion)
      .executeTakeFirst();
    const before = started ? (JSON.parse(started.snapshot) as Record<string, unknown>) : {};
    const theirs = (pending?.input ?? current.input) as Record<string, unknown>;
    const changes = changedFields(before, theirs)
      .filter((field) => !["publishedAt", "publishedBy", "publishAt"].includes(field))
      .map((field) => ({
        label: editor.label(t, field),
        before: readableValue(before[field], t),
        after: readableValue(theirs[field], t),
      }));
    return render(c, {
      id,
      values: { ...values, version: String(current.version), draftSeq: String(pending?.seq ?? 0) },
      conflict: { message: error.messageIn(lang), changes },
      status: 409,
    });
  }

  async function slugTaken(slug: string, id: number | undefined): Promise<boolean> {
    const owner = await db.selectFrom(table).select("id").where("slug", "=", slug).executeTakeFirst();
    if (owner && owner.id !== id) return true;
    return slugRedirectsElsewhere(db, type, slug, id);
  }

  function scheduledMoment(values: FormValues): string | undefined {
    const instant = moment(values, "publishAt");
    const valid = instant !== null && !Number.isNaN(Date.parse(instant));
    return valid && instant > deps.now().toISOString() ? instant : undefined;
  }

  app.post(`${base}/${s.newRecord}`, (c) => submit(c, undefined));
  app.post(`${base}/:id{[0-9]+}`, (c) => submit(c, Number(c.req.param("id"))));

  app.get(`${base}/:id{[0-9]+}/${s.revisions}`, async (c) => {
    const id = Number(c.req.param("id"));
    const { current } = await load(id);
    const revisions = await db
      .selectFrom("revisions")
      .selectAll()
      .where("entityType", "=", type)
      .where("entityId", "=", id)
      .orderBy("version", "desc")
      .execute();
    const page = pageContext(c, lang, deps.config.BASE_URL, deps.now());
    return c.html(
      <RevisionsPage
        page={page}
        section={editor.section}
        id={id}
        title={editor.title(current.input, lang)}
        currentVersion={current.version}
        revisions={revisions.map((revision, i) => {
          const snapshot = JSON.parse(revision.snapshot) as Record<string, unknown>;
          const previous = revisions[i + 1];
          const earlier = previous ? (JSON.parse(previous.snapshot) as Record<string, unknown>) : undefined;
          const fields = JSON.parse(revision.changedFields) as string[];
          return {
            version: revision.version,
            actor: revision.actor,
            createdAt: revision.createdAt,
            changes: earlier
              ? fields.map((field) => ({
                  label: editor.label(t, field),
                  before: readableValue(earlier[field], t),
                  after: readableValue(snapshot[field], t),
                }))
              : null,
          };
        })}
      />,
    );
  });

  app.post(`${base}/:id{[0-9]+}/${s.revisions}`, async (c) => {
    const id = Number(c.req.param("id"));
    const body = await c.req.parseBody();
    const version = Number(body.restore);
    const expectedVersion = Number(body.version);
    if (!Number.isInteger(version) || !Number.isInteger(expectedVersion)) throw new AppError("invalid_input", "restore, version");
    try {
      const { outcome } = await restoreRevision(deps.writer, {
        store: editor.store,
        id,
        version,
        expectedVersion,
        actor: actorOf(signedInUser(c)),
        now: deps.now(),
      });
      writeFlash(c, cookies, [{ kind: "success", key: outcome === "unchanged" ? "bo.flash.unchanged" : "bo.flash.restored" }]);
      return c.redirect(paths.record(editor.section, id), 303);
    } catch (error) {
      if (!(error instanceof VersionConflict)) throw error;
      const { current, pending } = await load(id);
      return conflictPage(c, id, await formOf(current, pending), expectedVersion, error);
    }
  });

  return app;
}
