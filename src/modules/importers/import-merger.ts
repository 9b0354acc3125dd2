import { sql } from "kysely";
import { AppError } from "../../errors.js";
import { articleStore } from "../articles/article.store.js";
import { callStore } from "../calls/call.store.js";
import { eventStore } from "../events/event.store.js";
import type { CatalogueWriter, TransactionWriter } from "../history/catalogue-writer.js";
import type { EntityStore, SaveOutcome, SaveResult, Trx } from "../history/save-entity.js";
import { programmeStore } from "../programmes/programme.store.js";
import { beneficiaryTypeStore, themeStore } from "../themes/theme.store.js";
import type { ImportBatch, ImportItem, ImportNote } from "./import-batch.js";
import { resolveReferences } from "./import-references.js";

export interface ImportOptions {
  actor: string;
  dryRun?: boolean;
  /** Write the valid records and report the broken ones, instead of rejecting the file. */
  skipInvalid?: boolean;
  onProgress?: (done: number, total: number) => void;
  now?: Date;
  /**
   * Runs in the import's transaction after its last record, dry run or not, while what it
   * wrote can still be read: the back office counts who would hear of it, or refuses a
   * commit that would not do what its preview showed (by throwing).
   */
  inTransaction?: (trx: Trx, records: ImportReport["records"]) => Promise<void>;
}

export interface ImportReport {
  committed: boolean;
  counts: Record<SaveOutcome | "skipped" | "rejected", number>;
  records: { origin: string; kind: ImportItem["kind"]; slug: string; outcome: SaveOutcome; changed: string[] }[];
  skipped: ImportNote[];
  rejected: ImportNote[];
  warnings: ImportNote[];
}

class DryRunRollback extends Error {}

class RetryWithSavepoints extends Error {}

/**
 * Writes a batch in one transaction through the catalogue writer: all or nothing. A dry
 * run does every write, reports what would happen and rolls back, so its report is exact.
 * Keeping the valid records of a file with broken ones needs a savepoint per record (two
 * more round trips each); as records that fail only when written are rare, the import first
 * runs without them and starts over with them only when one does.
 */
export async function mergeImport(writer: CatalogueWriter, batch: ImportBatch, options: ImportOptions): Promise<ImportReport> {
  if (batch.rejected.length && !options.skipInvalid) {
    return report(batch, [], batch.rejected, false);
  }
  try {
    return await attempt(writer, batch, options, false);
  } catch (error) {
    if (!(error instanceof RetryWithSavepoints)) throw error;
    return attempt(writer, batch, options, true);
  }
}

async function attempt(
  writer: CatalogueWriter,
  batch: ImportBatch,
  options: ImportOptions,
  savepoints: boolean,
): Promise<ImportReport> {
  const rejected = [...batch.rejected];
  const records: ImportReport["records"] = [];
  const skipped = [...batch.skipped];
  try {
    await writer.transaction(
      async (tx) => {
        const resolved = await resolveReferences(tx.trx, batch.items, options.actor, options.now ?? new Date());
        skipped.push(...resolved.resolved);
        for (const [index, item] of resolved.items.entries()) {
          // A record that fails halfway must leave nothing behind when the others are kept.
          if (savepoints) await sql`savepoint import_record`.execute(tx.trx);
          try {
            const result = await saveItem(tx, item, options.actor);
            if (savepoints) await sql`release savepoint import_record`.execute(tx.trx);
            records.push({
              origin: item.origin,
              kind: item.kind,
              slug: item.input.slug,
              outcome: result.outcome,
              changed: result.changed,
            });
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            if (options.skipInvalid && !savepoints) throw new RetryWithSavepoints();
            rejected.push({ origin: item.origin, reason: error.detail ?? error.messageIn("en") });
            if (!options.skipInvalid) throw new DryRunRollback();
            await sql`rollback to savepoint import_record`.execute(tx.trx);
            await sql`release savepoint import_record`.execute(tx.trx);
          }
          options.onProgress?.(index + 1, resolved.items.length);
        }
        await options.inTransaction?.(tx.trx, records);
        if (options.dryRun) throw new DryRunRollback();
      },
      { batch: true },
    );
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
    return report({ ...batch, skipped }, records, rejected, false);
  }
  return report({ ...batch, skipped }, records, rejected, true);
}

/** Uncommitted reports (dry run, rejected file) list what would have been written. */
function report(batch: ImportBatch, records: ImportReport["records"], rejected: ImportNote[], committed: boolean): ImportReport {
  const count = (outcome: SaveOutcome) => records.filter((r) => r.outcome === outcome).length;
  return {
    committed,
    counts: {
      created: count("created"),
      updated: count("updated"),
      unchanged: count("unchanged"),
      skipped: batch.skipped.length,
      rejected: rejected.length,
    },
    records,
    skipped: batch.skipped,
    rejected,
    warnings: batch.warnings,
  };
}

const stores = {
  theme: themeStore,
  beneficiary_type: beneficiaryTypeStore,
  programme: programmeStore,
  call: callStore,
  event: eventStore,
  article: articleStore,
} as const;

async function saveItem(tx: TransactionWriter, item: ImportItem, actor: string): Promise<SaveResult> {
  if (item.ifMissing) {
    const id = await existingId(tx.trx, stores[item.kind], item.input);
    if (id !== undefined) return { id, outcome: "unchanged", changed: [] };
  }
  if (item.partial) item = await withStoredWhereEmpty(tx.trx, item);
  switch (item.kind) {
    case "theme":
      return tx.save(themeStore, { input: item.input, actor });
    case "beneficiary_type":
      return tx.save(beneficiaryTypeStore, { input: item.input, actor });
    case "programme":
      return tx.save(programmeStore, { input: item.input, actor });
    case "call":
      return tx.save(callStore, { input: item.input, actor });
    case "event":
      return tx.save(eventStore, { input: item.input, actor });
    case "article":
      return tx.save(articleStore, { input: item.input, actor });
  }
}

/** The item with every field it leaves empty (null, "", []) taken from the stored record, when there is one. */
async function withStoredWhereEmpty(trx: Trx, item: ImportItem): Promise<ImportItem> {
  const store = stores[item.kind] as EntityStore<Record<string, unknown>>;
  const id = await existingId(trx, store, item.input);
  const stored = id === undefined ? undefined : (await store.load(trx, id))?.input;
  if (!stored) return item;
  const input: Record<string, unknown> = { ...item.input };
  for (const [field, value] of Object.entries(input)) {
    if (isEmpty(value) && !isEmpty(stored[field])) input[field] = stored[field];
  }
  return { ...item, input } as ImportItem;
}

const isEmpty = (value: unknown) => value === null || value === "" || (Array.isArray(value) && value.length === 0);

async function existingId(
  trx: Trx,
  store: Pick<EntityStore<never>, "findIdBySlug" | "findIdBySource">,
  input: { slug: string; source?: string; externalId?: string | null },
): Promise<number | undefined> {
  const bySource =
    input.source && input.externalId ? await store.findIdBySource?.(trx, input.source, input.externalId) : undefined;
  return bySource ?? (await store.findIdBySlug(trx, input.slug));
}
