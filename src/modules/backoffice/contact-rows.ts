import type { MessageKey } from "../../platform/i18n/messages.nl.js";
import type { ContactInput } from "../history/entity-input.js";
import type { FormValues, rows } from "./form-values.js";

/** The columns of a record's contacts as form rows ("contacts.0.email"); a programme's also name their role in it. */
export const CONTACT_COLUMNS = ["name", "role", "organisation", "email", "phone", "website", "address"] as const;

/** How messages name a contacts cell: "Contactpersonen 2: E-mailadres". */
export const CONTACT_LABELS: Record<string, MessageKey> = {
  label: "bo.field.contact.label",
  ...Object.fromEntries(CONTACT_COLUMNS.map((column) => [column, `bo.field.contact.${column}` as MessageKey])),
};

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
