import { createHash } from "node:crypto";
import { AppError } from "../../../errors.js";
import type { CatalogueWriter } from "../../history/catalogue-writer.js";
import type { Trx } from "../../history/save-entity.js";
import type { Importer } from "../../importers/import-batch.js";
import { type ImportReport, mergeImport } from "../../importers/import-merger.js";
import { type Actor, logAction } from "../audit-log.js";
import { followerCount } from "../followers.js";
import type { StoredUpload } from "./stored-upload.js";

export interface FieldChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

/** What an import does or would do: the merger's report, each update field by field, and who would hear of it. */
export interface ImportOutcome {
  report: ImportReport;
  /** Per "kind:slug" of an updated record. */
  changes: Record<string, FieldChange[]>;
  /** Members following a created or updated call, its programme or one of its themes. */
  notified: number;
  /** Stands for exactly what the import writes: a commit refuses when its own differs from the preview's. */
  fingerprint: string;
}

interface ImportRun {
  writer: CatalogueWriter;
  importer: Importer;
  upload: StoredUpload;
  /** The editor, for the audit log; revisions name the import (`import:csv`), as from the command line. */
  editor: Actor;
  now: Date;
}

/** A dry run of the uploaded file: every write done, read back and rolled back. */
export function previewImport(run: ImportRun): Promise<ImportOutcome> {
  return runImport(run, { dryRun: true });
}

/**
 * Commits the file the editor previewed, in one transaction, if it writes exactly what the
 * preview showed; when the catalogue changed meanwhile nothing is written and the editor is
 * asked to look again.
 */
export function commitImport(run: ImportRun, fingerprint: string): Promise<ImportOutcome> {
  return runImport(run, { dryRun: false, expected: fingerprint });
}

async function runImport(run: ImportRun, mode: { dryRun: boolean; expected?: string }): Promise<ImportOutcome> {
  const batch = await run.importer.read(run.upload.path, { now: run.now });
  const actor = `import:${run.importer.format}`;
  let seen: Omit<ImportOutcome, "report"> = { changes: {}, notified: 0, fingerprint: "" };
  const report = await mergeImport(run.writer, batch, {
    actor,
    dryRun: mode.dryRun,
    skipInvalid: run.importer.onInvalid === "keep-valid",
    now: run.now,
    inTransaction: async (trx, records) => {
      const changes = await fieldChanges(trx, records, actor);
      const fingerprint = fingerprintOf(records, changes);
      if (mode.expected !== undefined && fingerprint !== mode.expected) throw new AppError("import_changed");
      if (!mode.dryRun) {
        const written = (o: string) => records.filter((r) => r.outcome === o).length;
        const detail = `${run.importer.format} ${run.upload.name}: ${written("created")} created, ${written("updated")} updated`;
        await logAction(trx, run.editor, "import", { type: "import", id: null }, run.now, detail);
      }
      seen = { changes, notified: await followersReached(trx, records), fingerprint };
    },
  });
  if (!seen.fingerprint) seen = { ...seen, fingerprint: fingerprintOf(report.records, {}) };
  return { report, ...seen };
}

const tables = {
  call: "calls",
  programme: "programmes",
  event: "events",
  article: "articles",
  theme: "themes",
  beneficiary_type: "beneficiaryTypes",
} as const;

/** The change records this import wrote for its updated records, read before they roll back or commit. */
async function fieldChanges(trx: Trx, records: ImportReport["records"], actor: string): Promise<Record<string, FieldChange[]>> {
  const changes: Record<string, FieldChange[]> = {};
  for (const record of records.filter((r) => r.outcome === "updated")) {
    const row = await trx
      .selectFrom(tables[record.kind] as "calls")
      .select("id")
      .where("slug", "=", record.slug)
      .executeTakeFirst();
    if (!row) continue;
    const rows = await trx
      .selectFrom("changeRecords")
      .select(["id", "field", "oldValue", "newValue"])
      .where("entityType", "=", record.kind)
      .where("entityId", "=", row.id)
      .where("actor", "=", actor)
      .where("kind", "=", "updated")
      .where("field", "in", record.changed)
      .orderBy("id", "desc")
      .limit(record.changed.length)
      .execute();
    changes[`${record.kind}:${record.slug}`] = rows
      .sort((a, b) => a.id - b.id)
      .map((r) => ({ field: r.field ?? "", oldValue: parse(r.oldValue), newValue: parse(r.newValue) }));
  }
  return changes;
}

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

function fingerprintOf(records: ImportReport["records"], changes: Record<string, FieldChange[]>): string {
  const written = records.map((r) => [r.kind, r.slug, r.outcome, r.changed, changes[`${r.kind}:${r.slug}`] ?? []]);
  return createHash("sha256").update(JSON.stringify(written)).digest("hex");
}

/** Who hears of the calls this import creates or changes: the number the editor's form shows, for all of them at once. */
async function followersReached(trx: Trx, records: ImportReport["records"]): Promise<number> {
  const slugs = records.filter((r) => r.kind === "call" && r.outcome !== "unchanged").map((r) => r.slug);
  if (slugs.length === 0) return 0;
  const calls = await trx.selectFrom("calls").select("id").where("slug", "in", slugs).execute();
  return followerCount(trx, { calls: calls.map((c) => c.id) });
}
