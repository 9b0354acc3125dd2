import type { Transaction } from "kysely";
import { AppError } from "../../errors.js";
import type { Database } from "../../platform/db/schema.js";
import { changedFields } from "./diff.js";
import { redirectSlug, releaseSlug } from "./slug-redirects.js";
import { versionConflict } from "./version-conflict.js";

export type Trx = Transaction<Database>;
export type EntityType = "programme" | "call" | "event" | "article" | "theme" | "beneficiary_type" | "contact";
/** The tables whose rows carry a version that every save compares and sets. */
export type VersionedTable = "programmes" | "calls" | "events" | "articles" | "themes" | "beneficiaryTypes" | "contacts";

/**
 * How one kind of entity is read as a whole and written as a whole. `load` returns the
 * same shape as the validated input, so a save can be compared field by field with what
 * is stored, and a revision snapshot can be restored by saving it again.
 */
export interface EntityStore<I> {
  type: EntityType;
  table: VersionedTable;
  findIdBySlug(trx: Trx, slug: string): Promise<number | undefined>;
  findIdBySource?(trx: Trx, source: string, externalId: string): Promise<number | undefined>;
  load(trx: Trx, id: number): Promise<{ input: I; version: number } | undefined>;
  /** `actor`: who saves, for the contacts a record's rows create or change in the same save. */
  insert(trx: Trx, input: I, now: string, actor: string): Promise<number>;
  /** Writes everything but the version, which saveEntity has already moved on. */
  update(trx: Trx, id: number, input: I, now: string, actor: string): Promise<void>;
  /** Puts input in the canonical form load() returns (sorted sets, dropped labels). */
  normalise?(input: I): I;
}

/** Runs after every create or update, inside the same transaction (the search index). */
export type AfterWrite = ((trx: Trx, type: EntityType, id: number) => Promise<void>) & {
  /** The same for many writes at once, for a transaction that runs its hooks at its end (an import). */
  many?: (trx: Trx, writes: readonly Written[]) => Promise<void>;
};

export interface Written {
  type: EntityType;
  id: number;
}

export interface SaveRequest<I> {
  input: I;
  actor: string;
  /** Update this record; otherwise matched by source + external id, then by slug. */
  id?: number;
  /** The version the editor started from; a different stored version is a conflict. */
  expectedVersion?: number;
  /** A change no alert should report (a typo fix); it still shows in the public history. */
  minor?: boolean;
  now?: Date;
}

export type SaveOutcome = "created" | "updated" | "unchanged";
export interface SaveResult {
  id: number;
  outcome: SaveOutcome;
  changed: string[];
}

/**
 * The one place catalogue records are written: it keeps a revision of every save, a
 * change record per changed field (what alerts and the public history read), refuses
 * stale saves and lets the search index follow in the same transaction.
 */
export async function saveEntity<I extends Record<string, unknown>>(
  trx: Trx,
  store: EntityStore<I>,
  request: SaveRequest<I>,
  afterWrite: readonly AfterWrite[] = [],
): Promise<SaveResult> {
  const now = (request.now ?? new Date()).toISOString();
  request = { ...request, input: store.normalise ? store.normalise(request.input) : request.input };
  const id = request.id ?? (await matchExisting(trx, store, request.input));
  const before = id === undefined ? undefined : await store.load(trx, id);
  if (request.id !== undefined && !before) throw new AppError("not_found", `${store.type} ${request.id}`);
  if (id !== undefined && before && request.expectedVersion !== undefined && before.version !== request.expectedVersion) {
    throw await versionConflict(trx, store.type, id, request.expectedVersion);
  }

  if (id !== undefined && before) {
    const changed = changedFields(before.input, request.input);
    if (changed.length === 0) return { id, outcome: "unchanged", changed };
    const version = await nextVersion(trx, store, id, before.version);
    await store.update(trx, id, request.input, now, request.actor);
    await keepOldAddress(trx, store.type, id, before.input.slug, request.input.slug, now);
    await record(trx, store.type, id, version, request, now, changed, before.input);
    for (const hook of afterWrite) await hook(trx, store.type, id);
    return { id, outcome: "updated", changed };
  }

  const newId = await store.insert(trx, request.input, now, request.actor);
  const changed = Object.keys(request.input);
  await record(trx, store.type, newId, 1, request, now, changed, undefined);
  for (const hook of afterWrite) await hook(trx, store.type, newId);
  return { id: newId, outcome: "created", changed };
}

/** A changed slug leaves its old address redirecting to the record. */
async function keepOldAddress(trx: Trx, type: EntityType, id: number, before: unknown, after: unknown, now: string) {
  if (typeof before !== "string" || typeof after !== "string" || before === after) return;
  await releaseSlug(trx, type, after);
  await redirectSlug(trx, type, before, id, now);
}

/**
 * Moves the record on from the version this save read, in one statement that checks it: of
 * two saves racing from the same version, the database lets exactly one through (on
 * PostgreSQL the other waits for the row, then finds its version gone).
 */
async function nextVersion<I>(trx: Trx, store: EntityStore<I>, id: number, from: number): Promise<number> {
  const { numUpdatedRows } = await trx
    .updateTable(store.table as "calls")
    .set({ version: from + 1 })
    .where("id", "=", id)
    .where("version", "=", from)
    .executeTakeFirst();
  if (numUpdatedRows !== 1n) throw await versionConflict(trx, store.type, id, from);
  return from + 1;
}

async function matchExisting<I extends Record<string, unknown>>(trx: Trx, store: EntityStore<I>, input: I) {
  const source = input.source;
  const externalId = input.externalId;
  if (store.findIdBySource && typeof source === "string" && typeof externalId === "string") {
    const found = await store.findIdBySource(trx, source, externalId);
    if (found !== undefined) return found;
  }
  return typeof input.slug === "string" ? store.findIdBySlug(trx, input.slug) : undefined;
}

async function record<I extends Record<string, unknown>>(
  trx: Trx,
  entityType: EntityType,
  entityId: number,
  version: number,
  request: SaveRequest<I>,
  createdAt: string,
  changed: string[],
  before: I | undefined,
): Promise<void> {
  await trx
    .insertInto("revisions")
    .values({
      entityType,
      entityId,
      version,
      actor: request.actor,
      createdAt,
      changedFields: JSON.stringify(changed),
      snapshot: JSON.stringify(request.input),
    })
    .execute();
  const rows = before
    ? changed.map((field) => ({
        entityType,
        entityId,
        kind: "updated" as const,
        field,
        oldValue: JSON.stringify(before[field] ?? null),
        newValue: JSON.stringify(request.input[field] ?? null),
        actor: request.actor,
        createdAt,
        minor: request.minor ? 1 : 0,
      }))
    : [
        {
          entityType,
          entityId,
          kind: "created" as const,
          field: null,
          oldValue: null,
          newValue: null,
          actor: request.actor,
          createdAt,
        },
      ];
  await trx.insertInto("changeRecords").values(rows).execute();
}
