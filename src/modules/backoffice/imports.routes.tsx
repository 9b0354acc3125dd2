import { join } from "node:path";
import { type Context, Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { AppError } from "../../errors.js";
import { requireRole, signedInUser } from "../../platform/http/guards.js";
import { segments } from "../../platform/http/paths.js";
import { pageContext } from "../../platform/http/site-context.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { importers } from "../importers/registry.js";
import { actorOf } from "./audit-log.js";
import { commitImport, type ImportOutcome, previewImport } from "./imports/import-preview.js";
import { IMPORT_MAX_BYTES, type StoredUpload, storedUpload, storeUpload } from "./imports/stored-upload.js";
import { ImportReportPage, ImportUploadPage } from "./views/import-pages.js";

const MB = Math.round(IMPORT_MAX_BYTES / 1024 / 1024);

/** /beheer/importeren: upload a file, see the dry run, commit exactly that. */
export function importRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const s = segments[lang];
  const path = `/${s.backoffice}/${s.imports}`;
  const formats = Object.values(importers);
  const page = (c: Context) => pageContext(c, lang, deps.config.BASE_URL, deps.now());

  const uploadForm = (c: Context, status: 200 | 400 | 413 | 422, error?: string, format?: string) =>
    c.html(<ImportUploadPage page={page(c)} importers={formats} format={format} error={error} />, status);
  const report = (
    c: Context,
    view: { outcome: ImportOutcome; upload: StoredUpload; format: string; committed: boolean },
    status: 200 | 409 = 200,
    error?: string,
  ) => {
    const importer = importers[view.format];
    const refusedWhole = importer?.onInvalid === "reject-file" && view.outcome.report.counts.rejected > 0;
    return c.html(<ImportReportPage page={page(c)} {...view} refusedWhole={refusedWhole} error={error} />, status);
  };
  /** A file that cannot be read is the editor's to fix: its reason on the form, nothing written. */
  const unreadable = (c: Context, error: unknown, format: string) => {
    if (!(error instanceof AppError) || error.code !== "import_failed") throw error;
    // Importers name the file by its path; the editor knows it by its name, and the server's folders are not theirs to see.
    const reason = (error.detail ?? error.messageIn(lang))
      .replaceAll(`${join(deps.config.DATA_DIR, "imports")}/`, "")
      .replace(/\b[0-9a-f]{64}\//g, "");
    return uploadForm(c, 422, page(c).t("bo.import.failed", { reason }), format);
  };

  app.get(path, requireRole("editor"), (c) => uploadForm(c, 200));

  app.post(path, requireRole("editor"), async (c) => {
    const body = await c.req.parseBody();
    const format = typeof body.format === "string" ? body.format : "";
    const importer = importers[format];
    if (!importer) return uploadForm(c, 400, page(c).t("bo.import.badFormat"));
    const file = body.file;
    if (!(file instanceof File) || file.size === 0) return uploadForm(c, 400, page(c).t("bo.import.noFile"), format);
    // The app refuses a body far beyond this before it reads the form; this names the file's own limit.
    if (file.size > IMPORT_MAX_BYTES) return uploadForm(c, 413, page(c).t("bo.import.tooLarge", { mb: MB }), format);
    const upload = await storeUpload(deps.config.DATA_DIR, file.name, new Uint8Array(await file.arrayBuffer()));
    try {
      const outcome = await previewImport({
        writer: deps.writer,
        importer,
        upload,
        editor: actorOf(signedInUser(c)),
        now: deps.now(),
      });
      return report(c, { outcome, upload, format, committed: false });
    } catch (error) {
      return unreadable(c, error, format);
    }
  });

  app.post(`${path}/${s.commit}`, requireRole("editor"), async (c) => {
    const body = await c.req.parseBody();
    const field = (name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");
    const format = field("format");
    const importer = importers[format];
    if (!importer) return uploadForm(c, 400, page(c).t("bo.import.badFormat"));
    const run = { writer: deps.writer, importer, editor: actorOf(signedInUser(c)), now: deps.now() };
    try {
      const upload = storedUpload(deps.config.DATA_DIR, field("hash"), field("name"));
      try {
        const outcome = await commitImport({ ...run, upload }, field("fingerprint"));
        return report(c, { outcome, upload, format, committed: outcome.report.committed });
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== "import_changed") throw error;
        // The editor sees what the file would do now, and decides again.
        const outcome = await previewImport({ ...run, upload });
        return report(c, { outcome, upload, format, committed: false }, 409, error.messageIn(lang));
      }
    } catch (error) {
      return unreadable(c, error, format);
    }
  });

  return app;
}
