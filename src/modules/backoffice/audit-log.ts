import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import type { VisitorUser } from "../../platform/http/visitor.js";
import type { EntityType, Trx } from "../history/save-entity.js";

export const AUDIT_ACTIONS = [
  "create",
  "save",
  "draft",
  "publish",
  "schedule",
  "unpublish",
  "archive",
  "restore",
  "scheduledPublish",
  "merge",
  "mapLabel",
  "unmapLabel",
  "import",
  "changeRole",
  "deactivate",
  "reactivate",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who acts: an editor (with their account) or the worker. */
export interface Actor {
  userId: number | null;
  label: string;
}

export function actorOf(user: VisitorUser): Actor {
  return { userId: user.id, label: user.name?.trim() || user.email };
}

export const SYSTEM_ACTOR: Actor = { userId: null, label: "system" };

/** Written in the transaction of the action itself: an action that rolled back left no line. */
export async function logAction(
  trx: Trx,
  actor: Actor,
  action: AuditAction,
  /** A catalogue record, or what the clean-up tools act on: an account, an import label, an imported file. */
  record: { type: EntityType | "user" | "label" | "import"; id: number | null },
  now: Date,
  detail: string | null = null,
): Promise<void> {
  await trx
    .insertInto("auditLog")
    .values({
      userId: actor.userId,
      actor: actor.label,
      action,
      entityType: record.type,
      entityId: record.id,
      detail,
      createdAt: now.toISOString(),
    })
    .execute();
}

export async function recentActions(db: Kysely<Database>, limit: number, offset = 0) {
  const [rows, total] = await Promise.all([
    db.selectFrom("auditLog").selectAll().orderBy("id", "desc").limit(limit).offset(offset).execute(),
    db
      .selectFrom("auditLog")
      .select((eb) => eb.fn.countAll<number>().as("count"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.count) };
}
