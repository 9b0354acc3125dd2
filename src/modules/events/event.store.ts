import { idsForSlugs, sortedSlugsForIds } from "../history/relations.js";
import type { EntityStore } from "../history/save-entity.js";
import { storeLookups } from "../history/store-lookups.js";
import type { EventInput } from "./event.input.js";

export const eventStore: EntityStore<EventInput> = {
  type: "event",
  ...storeLookups("events"),
  normalise: (input) => ({
    ...input,
    startsAt: new Date(input.startsAt).toISOString(),
    endsAt: input.endsAt ? new Date(input.endsAt).toISOString() : null,
    calls: [...new Set(input.calls)].sort(),
  }),

  async load(trx, id) {
    const row = await trx.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return undefined;
    const callIds = await trx.selectFrom("eventCalls").select("callId").where("eventId", "=", id).execute();
    const { id: _id, version, createdAt: _c, updatedAt: _u, isOnline, ...rest } = row;
    const input: EventInput = {
      ...rest,
      isOnline: isOnline === 1,
      language: row.language as EventInput["language"],
      calls: await sortedSlugsForIds(
        trx,
        "calls",
        callIds.map((c) => c.callId),
      ),
    };
    return { input, version };
  },

  async insert(trx, input, now) {
    const { calls, isOnline, ...scalars } = input;
    const { id } = await trx
      .insertInto("events")
      .values({ ...scalars, isOnline: isOnline ? 1 : 0, createdAt: now, updatedAt: now, version: 1 })
      .returning("id")
      .executeTakeFirstOrThrow();
    await linkCalls(trx, id, calls);
    return id;
  },

  async update(trx, id, input, now) {
    const { calls, isOnline, ...scalars } = input;
    await trx
      .updateTable("events")
      .set({ ...scalars, isOnline: isOnline ? 1 : 0, updatedAt: now })
      .where("id", "=", id)
      .execute();
    await trx.deleteFrom("eventCalls").where("eventId", "=", id).execute();
    await linkCalls(trx, id, calls);
  },
};

async function linkCalls(trx: Parameters<EntityStore<EventInput>["load"]>[0], eventId: number, slugs: string[]) {
  const callIds = await idsForSlugs(trx, "calls", slugs);
  if (callIds.length)
    await trx
      .insertInto("eventCalls")
      .values(callIds.map((callId) => ({ eventId, callId })))
      .execute();
}
