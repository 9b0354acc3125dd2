import { linkContacts } from "../contacts/contact-links.js";
import { contactFromRow } from "../history/relations.js";
import type { EntityStore } from "../history/save-entity.js";
import type { BeneficiaryTypeInput, ThemeInput } from "./theme.input.js";

/** Taxonomies have no workflow: a saved theme is live. */
export const themeStore: EntityStore<ThemeInput> = {
  type: "theme",
  table: "themes",
  normalise: (input) => ({ ...input, contact: input.contact ? { ...input.contact, label: null } : null }),
  findIdBySlug: async (trx, slug) =>
    (await trx.selectFrom("themes").select("id").where("slug", "=", slug).executeTakeFirst())?.id,

  async load(trx, id) {
    const row = await trx.selectFrom("themes").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return undefined;
    const contact = row.contactId
      ? await trx.selectFrom("contacts").selectAll().where("id", "=", row.contactId).executeTakeFirst()
      : undefined;
    const { id: _id, contactId: _c, version, ...rest } = row;
    return { input: { ...rest, contact: contact ? contactFromRow(contact, null) : null }, version };
  },

  async insert(trx, input, now, actor) {
    const { contact, ...rest } = input;
    const { id } = await trx
      .insertInto("themes")
      .values({ ...rest, contactId: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    const [contactId = null] = await linkContacts(trx, { type: "theme", id }, contact ? [contact] : [], {
      now: new Date(now),
      actor,
    });
    if (contactId !== null) await trx.updateTable("themes").set({ contactId }).where("id", "=", id).execute();
    return id;
  },

  async update(trx, id, input, now, actor) {
    const { contact, ...rest } = input;
    const [contactId = null] = await linkContacts(trx, { type: "theme", id }, contact ? [contact] : [], {
      now: new Date(now),
      actor,
    });
    await trx
      .updateTable("themes")
      .set({ ...rest, contactId })
      .where("id", "=", id)
      .execute();
  },
};

export const beneficiaryTypeStore: EntityStore<BeneficiaryTypeInput> = {
  type: "beneficiary_type",
  table: "beneficiaryTypes",
  findIdBySlug: async (trx, slug) =>
    (await trx.selectFrom("beneficiaryTypes").select("id").where("slug", "=", slug).executeTakeFirst())?.id,

  async load(trx, id) {
    const row = await trx.selectFrom("beneficiaryTypes").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return undefined;
    const { id: _id, version, ...input } = row;
    return { input, version };
  },

  insert: async (trx, input) =>
    (await trx.insertInto("beneficiaryTypes").values(input).returning("id").executeTakeFirstOrThrow()).id,

  async update(trx, id, input) {
    await trx.updateTable("beneficiaryTypes").set(input).where("id", "=", id).execute();
  },
};
