import { AppError } from "../../errors.js";
import type { PublicationState } from "../../platform/db/schema.js";
import type { CatalogueWriter, TransactionWriter } from "../history/catalogue-writer.js";
import type { EntityStore } from "../history/save-entity.js";
import { versionConflict } from "../history/version-conflict.js";
import { type Actor, type AuditAction, logAction } from "./audit-log.js";
import { dropPending, findPending, pendingConflict, putPending } from "./pending-revisions.js";

/** What an editor can do with a record's form. */
export const EDITOR_ACTIONS = ["save", "publish", "schedule", "unpublish", "archive"] as const;
export type EditorAction = (typeof EDITOR_ACTIONS)[number];

const WORKFLOW_FIELDS = ["state", "publishAt", "publishedAt", "publishedBy"] as const;

interface Published {
  state: PublicationState;
  publishAt: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
}

export interface EditRequest<I> {
  store: EntityStore<I>;
  /** false: the record has no workflow (a theme): saving is the one action, and it is live at once. */
  workflow: boolean;
  /** Absent: a new record. */
  id?: number;
  input: I;
  action: EditorAction;
  /** The record's version when the editor opened the form. */
  expectedVersion?: number;
  /** The waiting change's counter when the editor opened the form (0: none). */
  draftSeq: number;
  minor: boolean;
  /** For "schedule": the moment, already checked to lie ahead. */
  publishAt?: string;
  actor: Actor;
  now: Date;
}

export type EditOutcome = "created" | "updated" | "pending" | "unchanged";

/**
 * The workflow of one record: draft, scheduled, published, unpublished, archived. A save of
 * a published record never touches its public page: it waits as a pending revision, without
 * change records, until it is published; publishing writes it through saveEntity (revision
 * and change records, which the digests read) in the same transaction as the audit line.
 */
export async function applyEdit<I extends Record<string, unknown>>(
  writer: CatalogueWriter,
  request: EditRequest<I>,
): Promise<{ id: number; outcome: EditOutcome }> {
  if (!request.workflow && request.action !== "save")
    throw new AppError("invalid_input", `${request.store.type}: ${request.action}`);
  return writer.transaction(async (w) => {
    const { store, id, now, actor } = request;
    const current = id === undefined ? undefined : await store.load(w.trx, id);
    if (id !== undefined && !current) throw new AppError("not_found", `${store.type} ${id}`);
    if (id !== undefined && current) {
      if (request.expectedVersion !== undefined && current.version !== request.expectedVersion) {
        throw await versionConflict(w.trx, store.type, id, request.expectedVersion);
      }
      const pending = await findPending(w.trx, store.type, id);
      if ((pending?.seq ?? 0) !== request.draftSeq) throw await pendingConflict(w.trx, store.type, id, current.version);
    }
    if (!request.workflow) return write(w, request, {}, id === undefined ? "create" : "save");
    const live = current?.input as (I & Published) | undefined;
    const wasPublished = live?.state === "published";
    const stamp = now.toISOString();

    const waitBeside = async (publishAt: string | null, action: AuditAction) => {
      if (id === undefined || !live || !current) throw new Error("a waiting change needs a published record");
      const { state, publishedAt, publishedBy } = live;
      await putPending(w.trx, store.type, id, request.draftSeq, {
        baseVersion: current.version,
        actor: actor.label,
        input: { ...request.input, state, publishAt: live.publishAt, publishedAt, publishedBy },
        minor: request.minor,
        publishAt,
        createdAt: stamp,
      });
      await logAction(w.trx, actor, action, { type: store.type, id }, now, publishAt);
      return { id, outcome: "pending" as const };
    };

    switch (request.action) {
      case "save":
        if (wasPublished) return waitBeside(null, "draft");
        return write(w, request, { state: live?.state ?? "draft" }, id === undefined ? "create" : "save");
      case "schedule":
        if (wasPublished) return waitBeside(request.publishAt ?? null, "schedule");
        return write(
          w,
          request,
          { state: "scheduled", publishAt: request.publishAt ?? null, publishedBy: actor.label },
          "schedule",
        );
      case "publish":
        return write(
          w,
          request,
          wasPublished
            ? { state: "published", publishAt: live.publishAt, publishedAt: live.publishedAt, publishedBy: live.publishedBy }
            : { state: "published", publishAt: null, publishedAt: stamp, publishedBy: actor.label },
          "publish",
        );
      case "unpublish":
        return write(w, request, { state: "unpublished" }, "unpublish");
      case "archive":
        return write(w, request, { state: "archived" }, "archive");
    }
  });
}

/** Saves the form's record live with the workflow fields the action sets; the waiting change, if any, is done with. */
async function write<I extends Record<string, unknown>>(
  w: TransactionWriter,
  request: EditRequest<I>,
  workflow: Partial<Published>,
  action: AuditAction,
): Promise<{ id: number; outcome: EditOutcome }> {
  const saved = await w.save(request.store, {
    input: { ...request.input, ...workflow },
    actor: request.actor.label,
    ...(request.id !== undefined ? { id: request.id } : {}),
    ...(request.expectedVersion !== undefined ? { expectedVersion: request.expectedVersion } : {}),
    minor: request.minor,
    now: request.now,
  });
  if (request.id !== undefined) await dropPending(w.trx, request.store.type, request.id);
  if (saved.outcome !== "unchanged" || action !== "save") {
    await logAction(w.trx, request.actor, action, { type: request.store.type, id: saved.id }, request.now);
  }
  return { id: saved.id, outcome: saved.outcome };
}

/**
 * Saves an old revision's content again, as a new revision, keeping the record's workflow
 * state: a published record shows the restored content at once (restoring is the editor's
 * explicit choice of a version that was live before).
 */
export async function restoreRevision<I extends Record<string, unknown>>(
  writer: CatalogueWriter,
  request: { store: EntityStore<I>; id: number; version: number; expectedVersion: number; actor: Actor; now: Date },
): Promise<{ outcome: EditOutcome }> {
  return writer.transaction(async (w) => {
    const { store, id } = request;
    const [current, revision] = await Promise.all([
      store.load(w.trx, id),
      w.trx
        .selectFrom("revisions")
        .select("snapshot")
        .where("entityType", "=", store.type)
        .where("entityId", "=", id)
        .where("version", "=", request.version)
        .executeTakeFirst(),
    ]);
    if (!current || !revision) throw new AppError("not_found", `${store.type} ${id} version ${request.version}`);
    const workflow = Object.fromEntries(
      WORKFLOW_FIELDS.filter((field) => field in current.input).map((field) => [field, current.input[field]]),
    );
    const saved = await w.save(store, {
      id,
      input: { ...(JSON.parse(revision.snapshot) as I), ...workflow },
      actor: request.actor.label,
      expectedVersion: request.expectedVersion,
      now: request.now,
    });
    await logAction(w.trx, request.actor, "restore", { type: store.type, id }, request.now, `v${request.version}`);
    return { outcome: saved.outcome };
  });
}
