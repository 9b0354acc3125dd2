import type { ScheduledTask } from "../../platform/jobs/job-module.js";
import { callStatus } from "./call-status.js";

const BATCH = 1000;

/**
 * Status is derived from dates, so nothing is written when a call opens or closes. This
 * task notices the flip and records it as a change record, the same kind an edit leaves,
 * so alerts and the public history can tell "this call is now open" exactly once.
 */
export const recordStatusChanges: ScheduledTask = {
  kind: "calls.record-status-changes",
  everyMs: 15 * 60_000,
  async run({ db, now, log }) {
    let afterId = 0;
    let changed = 0;
    for (;;) {
      const rows = await db
        .selectFrom("calls")
        .leftJoin("callStatusMarks", "callStatusMarks.callId", "calls.id")
        .select(["calls.id", "calls.opensOn", "calls.closesAt", "calls.isRolling", "callStatusMarks.status as seen"])
        .where("calls.id", ">", afterId)
        .orderBy("calls.id")
        .limit(BATCH)
        .execute();
      if (rows.length === 0) break;
      afterId = rows.at(-1)?.id ?? afterId;
      await db.transaction().execute(async (trx) => {
        for (const row of rows) {
          const status = callStatus(row, now);
          if (row.seen === status) continue;
          const seenAt = now.toISOString();
          if (row.seen === null) {
            await trx.insertInto("callStatusMarks").values({ callId: row.id, status, seenAt }).execute();
            continue;
          }
          await trx.updateTable("callStatusMarks").set({ status, seenAt }).where("callId", "=", row.id).execute();
          await trx
            .insertInto("changeRecords")
            .values({
              entityType: "call",
              entityId: row.id,
              kind: "updated",
              field: "status",
              oldValue: JSON.stringify(row.seen),
              newValue: JSON.stringify(status),
              actor: "system",
              createdAt: seenAt,
            })
            .execute();
          changed++;
        }
      });
    }
    if (changed) log.info({ changed }, "call status changes recorded");
  },
};
