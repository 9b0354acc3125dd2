import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import type { MessageKey } from "../../platform/i18n/messages.nl.js";
import { CONTACT_VALUES } from "../contacts/contact.input.js";
import type { ContactInput } from "../history/entity-input.js";
import { type FormValues, rowCount, type rows, text } from "./form-values.js";
import type { UnknownReference } from "./record-references.js";

/** The columns of a record's contacts as form rows ("contacts.0.email"); a programme's also name their role in it. */
export const CONTACT_COLUMNS = CONTACT_VALUES;

/** The cell where an editor picks an existing contact (by its address) instead of typing one. */
export const CONTACT_PICK = "pick";

/** A contact row's cells as the form sends them: the pick, then the fields. */
export const CONTACT_ROW_COLUMNS = [CONTACT_PICK, ...CONTACT_COLUMNS] as const;

/** How messages name a contacts cell: "Contactpersonen 2: E-mailadres". */
export const CONTACT_LABELS: Record<string, MessageKey> = {
  label: "bo.field.contact.label",
  ...Object.fromEntries(CONTACT_ROW_COLUMNS.map((column) => [column, `bo.field.contact.${column}` as MessageKey])),
};

/** A contact as the picker offers it: its address, how it reads, and the fields a pick fills in. */
export interface ContactChoice {
  value: string;
  label: string;
  fields: Record<(typeof CONTACT_COLUMNS)[number], string>;
}

export async function contactChoices(db: Kysely<Database>): Promise<ContactChoice[]> {
  const contacts = await db.selectFrom("contacts").selectAll().orderBy("name").orderBy("id").execute();
  return contacts.map((contact) => ({
    value: contact.slug,
    label: [contact.name, contact.organisation, contact.email].filter(Boolean).join(" · "),
    fields: Object.fromEntries(CONTACT_COLUMNS.map((column) => [column, contact[column] ?? ""])) as ContactChoice["fields"],
  }));
}

/**
 * The form with every picked contact's fields filled in where the pick was made ("contacts.2."
 * for a row, "contact." for a theme's contact point), so a pick works without script and the
 * row then is that contact as it is. A pick nobody has is reported by the address typed.
 */
export async function pickContacts(db: Kysely<Database>, values: FormValues, prefixes: readonly string[]) {
  const completed: FormValues = { ...values };
  const unknown: UnknownReference[] = [];
  for (const prefix of prefixes) {
    const slug = text(values, `${prefix}${CONTACT_PICK}`).trim();
    if (!slug) continue;
    const contact = await db.selectFrom("contacts").selectAll().where("slug", "=", slug).executeTakeFirst();
    if (!contact) {
      unknown.push({ field: `${prefix}${CONTACT_PICK}`, slug });
      continue;
    }
    for (const column of CONTACT_COLUMNS) completed[`${prefix}${column}`] = contact[column] ?? "";
    completed[`${prefix}${CONTACT_PICK}`] = "";
  }
  return { values: completed, unknown };
}

/** The prefixes of a form's contact rows: "contacts.0.", "contacts.1.", ... */
export const contactRowPrefixes = (values: FormValues) =>
  Array.from({ length: rowCount(values, "contacts") }, (_, index) => `contacts.${index}.`);

export function contactsToForm(values: FormValues, contacts: readonly ContactInput[], withLabel: boolean): void {
  contacts.forEach((contact, i) => {
    if (withLabel) values[`contacts.${i}.label`] = contact.label ?? "";
    for (const column of CONTACT_COLUMNS) values[`contacts.${i}.${column}`] = contact[column] ?? "";
  });
}

/** The contact rows typed, rows left empty left out; an empty cell is no value, and a row without a name is refused by the schema. */
export function contactsFromForm(found: ReturnType<typeof rows>) {
  return found.map(({ cells }) => ({
    label: cells.label || null,
    ...Object.fromEntries(CONTACT_COLUMNS.map((column) => [column, cells[column] || null])),
  }));
}
