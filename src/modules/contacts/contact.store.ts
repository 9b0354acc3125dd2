import type { EntityStore } from "../history/save-entity.js";
import { type ContactRecordInput, contactValues } from "./contact.input.js";

/** Reads and writes one contact; only saveEntity calls this. The records naming it link it by id. */
export const contactStore: EntityStore<ContactRecordInput> = {
  type: "contact",
  table: "contacts",
  findIdBySlug: async (trx, slug) =>
    (await trx.selectFrom("contacts").select("id").where("slug", "=", slug).executeTakeFirst())?.id,

  async load(trx, id) {
    const row = await trx.selectFrom("contacts").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return undefined;
    return { input: { slug: row.slug, ...contactValues(row) }, version: row.version };
  },

  async insert(trx, input, now) {
    const { id } = await trx
      .insertInto("contacts")
      .values({ ...input, version: 1, createdAt: now, updatedAt: now })
      .returning("id")
      .executeTakeFirstOrThrow();
    return id;
  },

  async update(trx, id, input, now) {
    await trx
      .updateTable("contacts")
      .set({ ...input, updatedAt: now })
      .where("id", "=", id)
      .execute();
  },
};
