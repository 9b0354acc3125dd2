import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import { type RemoveRequest, removeEntity } from "./remove-entity.js";
import {
  type AfterWrite,
  type EntityStore,
  type SaveRequest,
  type SaveResult,
  saveEntity,
  type Trx,
  type Written,
} from "./save-entity.js";

/** Saves inside a transaction someone else opened (an import commits many records at once). */
export interface TransactionWriter {
  trx: Trx;
  save<I extends Record<string, unknown>>(store: EntityStore<I>, request: SaveRequest<I>): Promise<SaveResult>;
  /** Deletes a record whose links were moved elsewhere (a merge), with its last revision. */
  remove<I extends Record<string, unknown>>(store: EntityStore<I>, request: RemoveRequest): Promise<void>;
}

export interface CatalogueWriter {
  save<I extends Record<string, unknown>>(store: EntityStore<I>, request: SaveRequest<I>): Promise<SaveResult>;
  /**
   * Many saves in one transaction. With `batch`, the after-write hooks run once at the end
   * for every record written (what an import wants: the search index of a whole file in a
   * few statements instead of a dozen per record), still inside the transaction.
   */
  transaction<T>(work: (writer: TransactionWriter) => Promise<T>, options?: { batch?: boolean }): Promise<T>;
}

/**
 * Every catalogue write goes through here, so every write leaves a revision and change
 * records and runs the after-write hooks (such as the search index) in its transaction.
 */
export function createCatalogueWriter(db: Kysely<Database>, afterWrite: readonly AfterWrite[] = []): CatalogueWriter {
  const bind = (trx: Trx): TransactionWriter => ({
    trx,
    save: (store, request) => saveEntity(trx, store, request, afterWrite),
    remove: (store, request) => removeEntity(trx, store, request, afterWrite),
  });
  const batched = async <T>(trx: Trx, work: (writer: TransactionWriter) => Promise<T>) => {
    const writes: Written[] = [];
    const result = await work({
      trx,
      save: async (store, request) => {
        const saved = await saveEntity(trx, store, request);
        if (saved.outcome !== "unchanged") writes.push({ type: store.type, id: saved.id });
        return saved;
      },
      remove: async (store, request) => {
        await removeEntity(trx, store, request);
        writes.push({ type: store.type, id: request.id });
      },
    });
    for (const hook of afterWrite) {
      if (hook.many) await hook.many(trx, writes);
      else for (const w of writes) await hook(trx, w.type, w.id);
    }
    return result;
  };
  // "read write" makes SQLite take its write lock at the start (see connection.ts).
  const begin = () => db.transaction().setAccessMode("read write");
  return {
    save: (store, request) => begin().execute((trx) => saveEntity(trx, store, request, afterWrite)),
    transaction: (work, options) => begin().execute((trx) => (options?.batch ? batched(trx, work) : work(bind(trx)))),
  };
}
