import { z } from "zod";
import { contactInput, slug } from "../history/entity-input.js";

/** A telephone number as people write it: at least six digits, with spaces, +, brackets, dots, slashes or dashes. */
export const isPhoneNumber = (value: string) => /^\+?[0-9 ()./-]+$/.test(value) && value.replace(/\D/g, "").length >= 6;
const phone = z.string().trim().max(40).refine(isPhoneNumber, "geen geldig telefoonnummer").nullable().default(null);

/** A contact as the back office edits it: one person or desk, shared by every record that names it. */
export const contactRecordInput = contactInput.omit({ label: true }).extend({ slug, phone });
export type ContactRecordInput = z.infer<typeof contactRecordInput>;
export type ContactRecordDraft = z.input<typeof contactRecordInput>;

/** The fields of a contact that a record's contact row shows and types, in the order of the form. */
export const CONTACT_VALUES = ["name", "role", "organisation", "email", "phone", "website", "address"] as const;
export type ContactValues = Pick<ContactRecordInput, (typeof CONTACT_VALUES)[number]>;

/** How a contact is named where duplicates may sit side by side: the e-mail address tells them apart. */
export const contactLabel = (contact: { name: string; email: string | null }) =>
  contact.email ? `${contact.name} <${contact.email}>` : contact.name;

export function contactValues(from: ContactValues): ContactValues {
  return Object.fromEntries(CONTACT_VALUES.map((field) => [field, from[field] ?? null])) as ContactValues;
}
