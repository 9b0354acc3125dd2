import type { CallInput } from "../calls/call.input.js";
import type { ContactInput } from "../history/entity-input.js";
import type { Trx } from "../history/save-entity.js";
import type { ProgrammeInput } from "../programmes/programme.input.js";
import type { ThemeInput } from "../themes/theme.input.js";
import { CONTACT_VALUES, type ContactValues, contactValues } from "./contact.input.js";

const sameValues = (row: ContactValues, other: ContactValues) =>
  CONTACT_VALUES.every((field) => (row[field] ?? null) === other[field]);

/**
 * A record's input naming the kept contact wherever it named the merged one (a row naming
 * both is kept once, with the first row's label), so its save links the kept contact.
 */
export function renameContact(
  input: CallInput | ProgrammeInput | ThemeInput,
  merged: ContactValues,
  kept: ContactValues,
): CallInput | ProgrammeInput | ThemeInput {
  const keptValues = contactValues(kept);
  if ("contacts" in input) {
    const rows: ContactInput[] = [];
    for (const row of input.contacts) {
      const renamed = sameValues(row, merged) ? { ...row, ...keptValues } : row;
      if (!rows.some((other) => sameValues(other, renamed))) rows.push(renamed);
    }
    return { ...input, contacts: rows };
  }
  const contact = input.contact && sameValues(input.contact, merged) ? { ...input.contact, ...keptValues } : input.contact;
  return { ...input, contact };
}

/**
 * Links left on the merged contact move to the kept one: those of records whose rows match
 * both contacts alike (duplicates with the very same fields), which a save leaves as they are.
 */
export async function moveContactLinks(trx: Trx, mergedId: number, keptId: number): Promise<void> {
  await trx
    .deleteFrom("callContacts")
    .where("contactId", "=", mergedId)
    .where("callId", "in", (eb) => eb.selectFrom("callContacts").select("callId").where("contactId", "=", keptId))
    .execute();
  await trx.updateTable("callContacts").set({ contactId: keptId }).where("contactId", "=", mergedId).execute();
  await trx
    .deleteFrom("programmeContacts")
    .where("contactId", "=", mergedId)
    .where("programmeId", "in", (eb) => eb.selectFrom("programmeContacts").select("programmeId").where("contactId", "=", keptId))
    .execute();
  await trx.updateTable("programmeContacts").set({ contactId: keptId }).where("contactId", "=", mergedId).execute();
  await trx.updateTable("themes").set({ contactId: keptId }).where("contactId", "=", mergedId).execute();
}
