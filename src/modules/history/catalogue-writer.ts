import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import { type AfterWrite, type EntityStore, type SaveRequest, type SaveResult, saveEntity, type Trx } from "./save-entity.js";

/** Saves inside a transaction someone else opened (an import commits many records at once). */
export interface TransactionWriter {
  trx: Trx;
  save<I extends Record<string, unknown>>(store: EntityStore<I>, request: SaveRequest<I>): Promise<SaveResult>;
}

export interface CatalogueWriter {
  save<I extends Record<string, unknown>>(store: EntityStore<I>, request: SaveRequest<I>): Promise<SaveResult>;
  transaction<T>(work: (writer: TransactionWriter) => Promise<T>): Promise<T>;
}

/**
 * Every catalogue write goes through here, so every write leaves a revision and change
 * records and runs the after-write hooks (such as the search index) in its transaction.
 */
export function createCatalogueWriter(db: Kysely<Database>, afterWrite: readonly AfterWrite[] = []): CatalogueWriter {
  const bind = (trx: Trx): TransactionWriter => ({
    trx,
    save: (store, request) => saveEntity(trx, store, request, afterWrite),
  });
  // "read write" makes SQLite take its write lock at the start (see connection.ts).
  const begin = () => db.transaction().setAccessMode("read write");
  return {
    save: (store, request) => begin().execute((trx) => saveEntity(trx, store, request, afterWrite)),
    transaction: (work) => begin().execute((trx) => work(bind(trx))),
  };
}
