import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import type { EntityType, Trx } from "../history/save-entity.js";
import { VersionConflict } from "../history/version-conflict.js";

/** A change saved beside a published record, waiting to be published (see migration 0030). */
export interface PendingRevision<I> {
  baseVersion: number;
  seq: number;
  actor: string;
  input: I;
  minor: boolean;
  publishAt: string | null;
  createdAt: string;
}

export async function findPending<I>(
  db: Kysely<Database> | Trx,
  entityType: EntityType,
  entityId: number,
): Promise<PendingRevision<I> | undefined> {
  const row = await db
    .selectFrom("pendingRevisions")
    .selectAll()
    .where("entityType", "=", entityType)
    .where("entityId", "=", entityId)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    baseVersion: row.baseVersion,
    seq: row.seq,
    actor: row.actor,
    input: JSON.parse(row.snapshot) as I,
    minor: row.minor === 1,
    publishAt: row.publishAt,
    createdAt: row.createdAt,
  };
}

/**
 * Writes the waiting change, moving its counter on from the one the editor started from in
 * one checked statement: of two editors saving drafts from the same state, one is refused.
 */
export async function putPending<I>(
  trx: Trx,
  entityType: EntityType,
  entityId: number,
  expectedSeq: number,
  change: Omit<PendingRevision<I>, "seq">,
): Promise<void> {
  const values = {
    baseVersion: change.baseVersion,
    actor: change.actor,
    snapshot: JSON.stringify(change.input),
    minor: change.minor ? 1 : 0,
    publishAt: change.publishAt,
    createdAt: change.createdAt,
  };
  const written =
    expectedSeq === 0
      ? await trx
          .insertInto("pendingRevisions")
          .values({ entityType, entityId, seq: 1, ...values })
          .onConflict((oc) => oc.columns(["entityType", "entityId"]).doNothing())
          .executeTakeFirst()
          .then((r) => Number(r.numInsertedOrUpdatedRows ?? 0n))
      : await trx
          .updateTable("pendingRevisions")
          .set({ ...values, seq: expectedSeq + 1 })
          .where("entityType", "=", entityType)
          .where("entityId", "=", entityId)
          .where("seq", "=", expectedSeq)
          .executeTakeFirst()
          .then((r) => Number(r.numUpdatedRows));
  if (written !== 1) throw await pendingConflict(trx, entityType, entityId, change.baseVersion);
}

export async function dropPending(trx: Trx, entityType: EntityType, entityId: number): Promise<void> {
  await trx.deleteFrom("pendingRevisions").where("entityType", "=", entityType).where("entityId", "=", entityId).execute();
}

/** The waiting change someone else saved (or dropped by publishing) since the editor opened the form. */
export async function pendingConflict(trx: Trx, entityType: EntityType, entityId: number, version: number) {
  const [pending, latest] = await Promise.all([
    findPending(trx, entityType, entityId),
    trx
      .selectFrom("revisions")
      .select(["actor", "createdAt"])
      .where("entityType", "=", entityType)
      .where("entityId", "=", entityId)
      .orderBy("version", "desc")
      .executeTakeFirst(),
  ]);
  const by = pending ?? { actor: latest?.actor ?? "?", createdAt: latest?.createdAt ?? new Date(0).toISOString() };
  return new VersionConflict(entityType, entityId, version, { version, actor: by.actor, savedAt: by.createdAt });
}
