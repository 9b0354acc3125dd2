import { type ContactRecordInput, contactRecordInput } from "../contacts/contact.input.js";
import { contactStore } from "../contacts/contact.store.js";
import { freeContactSlug } from "../contacts/contact-links.js";
import { CONTACT_COLUMNS } from "./contact-rows.js";
import { type FormValues, optional, text } from "./form-values.js";
import type { RecordEditor } from "./record-editor.js";
import { ContactFields } from "./views/contact-fields.js";
import { contactUsagePanel } from "./views/contact-usage.js";

/**
 * A contact in its own section: one person or desk, whatever calls, programmes and themes
 * name it, so a change here shows on every page that names it. Live once saved, like a theme.
 */
export const contactEditor: RecordEditor<ContactRecordInput> = {
  section: "contacts",
  store: contactStore,
  schema: contactRecordInput,
  workflow: false,
  blank: () => contactRecordInput.parse({ slug: "nieuw", name: "nieuw" }),
  placeholders: ["name"],
  markdownFields: [],
  repeaters: {},
  references: {},
  kind: (field) => (field === "phone" ? "phone" : undefined),
  label: (t, field) => (field === "slug" ? t("bo.field.slug") : t(`bo.field.contact.${field}` as "bo.field.contact.name")),
  title: (input) => (input.organisation ? `${input.name} (${input.organisation})` : input.name),
  Fields: ContactFields,
  related: contactUsagePanel,

  toForm(input) {
    const values: FormValues = { slug: input.slug };
    for (const column of CONTACT_COLUMNS) values[column] = input[column] ?? "";
    return values;
  },

  // An address left empty is made from the name, numbered if another contact has it ("an-peeters-2").
  async completeForm(db, values) {
    const name = text(values, "name").trim();
    if (text(values, "slug").trim() || !name) return { values, unknown: [] };
    return { values: { ...values, slug: await freeContactSlug(db, name) }, unknown: [] };
  },

  fromForm(values, base) {
    const fields = Object.fromEntries(CONTACT_COLUMNS.map((column) => [column, optional(values, column)]));
    return {
      rowIndex: (_, position) => position,
      draft: { ...base, ...fields, name: text(values, "name"), slug: text(values, "slug").trim() },
    };
  },
};
