import { AppError } from "../../errors.js";
import type { AfterWrite, EntityStore, Trx } from "./save-entity.js";

export interface RemoveRequest {
  id: number;
  actor: string;
  /** Why the record went, kept on its "deleted" change record (a merge names the record kept). */
  note: Record<string, unknown>;
  now?: Date;
}

/**
 * Deletes a record and keeps its story: a last revision holds what it was (so it can be
 * read back and restored), a "deleted" change record says why, and the after-write hooks
 * see it go (the search index drops it). Links to it must have been moved first.
 */
export async function removeEntity<I extends Record<string, unknown>>(
  trx: Trx,
  store: EntityStore<I>,
  request: RemoveRequest,
  afterWrite: readonly AfterWrite[] = [],
): Promise<void> {
  const createdAt = (request.now ?? new Date()).toISOString();
  const before = await store.load(trx, request.id);
  if (!before) throw new AppError("not_found", `${store.type} ${request.id}`);
  const { numDeletedRows } = await trx
    .deleteFrom(store.table as "calls")
    .where("id", "=", request.id)
    .where("version", "=", before.version)
    .executeTakeFirst();
  if (numDeletedRows !== 1n) throw new AppError("not_found", `${store.type} ${request.id}`);
  const entity = { entityType: store.type, entityId: request.id, actor: request.actor, createdAt };
  await trx
    .insertInto("revisions")
    .values({
      ...entity,
      version: before.version + 1,
      changedFields: JSON.stringify(["deleted"]),
      snapshot: JSON.stringify(before.input),
    })
    .execute();
  await trx
    .insertInto("changeRecords")
    .values({ ...entity, kind: "deleted", field: null, oldValue: null, newValue: JSON.stringify(request.note), minor: 1 })
    .execute();
  for (const hook of afterWrite) await hook(trx, store.type, request.id);
}
