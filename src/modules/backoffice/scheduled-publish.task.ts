import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import type { ScheduledTask } from "../../platform/jobs/job-module.js";
import type { CatalogueWriter } from "../history/catalogue-writer.js";
import type { EntityStore } from "../history/save-entity.js";
import { VersionConflict } from "../history/version-conflict.js";
import { logAction, SYSTEM_ACTOR } from "./audit-log.js";
import { dropPending, findPending } from "./pending-revisions.js";
import { WORKFLOW_EDITORS } from "./record-editors.js";
import { followReferences } from "./record-references.js";

type Workflow = { state: string; publishAt: string | null; publishedAt: string | null } & Record<string, unknown>;

/**
 * Publishes what was scheduled once its moment has come: records in state "scheduled" and
 * changes waiting beside a published record with a moment set. Each goes through saveEntity
 * with the version it was read at, so when two workers see the same one, the database lets
 * exactly one publish it; the other finds it done and moves on.
 */
export function publishScheduled(writer: CatalogueWriter): ScheduledTask {
  return {
    kind: "backoffice.publish-scheduled",
    everyMs: 30_000,
    async run({ db, now, log }) {
      const published = await publishDue(db, writer, now);
      if (published) log.info({ published }, "published scheduled records");
    },
  };
}

export async function publishDue(db: Kysely<Database>, writer: CatalogueWriter, now: Date): Promise<number> {
  const moment = now.toISOString();
  let published = 0;
  for (const editor of WORKFLOW_EDITORS) {
    const store: EntityStore<Workflow> = editor.store;
    const due = await db
      .selectFrom(store.table as "calls")
      .select(["id", "version"])
      .where("state", "=", "scheduled")
      .where("publishAt", "<=", moment)
      .execute();
    const waiting = await db
      .selectFrom("pendingRevisions")
      .select("entityId as id")
      .where("entityType", "=", store.type)
      .where("publishAt", "<=", moment)
      .execute();
    for (const { id, version } of due) {
      const done = await once(() =>
        writer.transaction(async (w) => {
          const current = await store.load(w.trx, id);
          if (current?.input.state !== "scheduled") return false;
          await w.save(store, {
            id,
            expectedVersion: version,
            input: { ...current.input, state: "published", publishedAt: current.input.publishAt ?? moment },
            actor: SYSTEM_ACTOR.label,
            now,
          });
          await logAction(w.trx, SYSTEM_ACTOR, "scheduledPublish", { type: store.type, id }, now);
          return true;
        }),
      );
      if (done) published++;
    }
    for (const { id } of waiting) {
      const done = await once(() =>
        writer.transaction(async (w) => {
          const pending = await findPending<Workflow>(w.trx, store.type, id);
          if (!pending?.publishAt || pending.publishAt > moment) return false;
          // A record it names may have been merged into another since it was saved.
          const { input } = await followReferences(w.trx, editor.references, pending.input);
          await w.save(store, {
            id,
            expectedVersion: pending.baseVersion,
            input,
            actor: pending.actor,
            minor: pending.minor,
            now,
          });
          await dropPending(w.trx, store.type, id);
          await logAction(w.trx, SYSTEM_ACTOR, "scheduledPublish", { type: store.type, id }, now);
          return true;
        }),
      );
      if (done) published++;
    }
  }
  return published;
}

/** Another worker (or an editor) got there first: nothing to do. */
async function once(work: () => Promise<boolean>): Promise<boolean> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof VersionConflict) return false;
    throw error;
  }
}
