import slugify from "@sindresorhus/slugify";
import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import type { ContactInput } from "../history/entity-input.js";
import { saveEntity, type Trx } from "../history/save-entity.js";
import { CONTACT_VALUES, type ContactValues, contactValues } from "./contact.input.js";
import { contactStore } from "./contact.store.js";
import { type ContactOwner, linkedContactIds, sharedBeyond } from "./contact-usage.js";

export interface LinkWrite {
  now: Date;
  actor: string;
}

/**
 * The contact each of a record's rows names, as ids in the rows' order (see CONTEXT.md,
 * "shared contact"). A row with exactly a contact's fields is that contact: picking one from
 * the list, or saving a form unchanged, links it as it is. A row typed differently changes
 * the contact it was only if no other record names that contact; a contact other records
 * share is never rewritten from one record's form: the row becomes a contact of its own.
 * Call this before the record's old links are removed: it reads them.
 */
export async function linkContacts(trx: Trx, owner: ContactOwner, rows: readonly ContactInput[], write: LinkWrite) {
  // Most imported calls name no contact: their saves read nothing more.
  if (rows.length === 0) return [];
  const before = await linkedContactIds(trx, owner);
  const chosen: number[] = [];
  for (const row of rows) {
    const typed = contactValues(row);
    const id =
      (await sameContact(trx, typed, before)) ??
      (await changeOwn(trx, owner, typed, before, chosen, write)) ??
      (await createContact(trx, typed, write));
    chosen.push(id);
  }
  return chosen;
}

/** A contact with exactly these fields, preferring one the record already names. */
async function sameContact(trx: Trx, typed: ContactValues, before: readonly number[]) {
  let query = trx.selectFrom("contacts").select("id").orderBy("id");
  for (const field of CONTACT_VALUES) {
    const value = typed[field];
    query = value === null ? query.where(field, "is", null) : query.where(field, "=", value);
  }
  const found = (await query.execute()).map((row) => row.id);
  return found.find((id) => before.includes(id)) ?? found[0];
}

/** The record's own contact (named by it alone) that this row retypes: same name or same e-mail address. */
async function changeOwn(
  trx: Trx,
  owner: ContactOwner,
  typed: ContactValues,
  before: readonly number[],
  chosen: readonly number[],
  write: LinkWrite,
) {
  for (const id of before) {
    if (chosen.includes(id)) continue;
    const current = await contactStore.load(trx, id);
    if (!current) continue;
    const same = current.input.name === typed.name || (typed.email !== null && current.input.email === typed.email);
    if (!same || (await sharedBeyond(trx, id, owner))) continue;
    await saveEntity(trx, contactStore, { id, input: { ...current.input, ...typed }, actor: write.actor, now: write.now });
    return id;
  }
  return undefined;
}

async function createContact(trx: Trx, typed: ContactValues, write: LinkWrite) {
  const saved = await saveEntity(trx, contactStore, {
    input: { slug: await freeContactSlug(trx, typed.name), ...typed },
    actor: write.actor,
    now: write.now,
  });
  return saved.id;
}

/** An address for a new contact from its name: "an-peeters", else "an-peeters-2", and so on. */
export async function freeContactSlug(trx: Kysely<Database>, name: string): Promise<string> {
  const base = slugify(name).slice(0, 80).replace(/-+$/, "") || "contact";
  const [live, redirected] = await Promise.all([
    trx.selectFrom("contacts").select("slug").where("slug", "like", `${base}%`).execute(),
    trx
      .selectFrom("slugRedirects")
      .select("oldSlug as slug")
      .where("entityType", "=", "contact")
      .where("oldSlug", "like", `${base}%`)
      .execute(),
  ]);
  const taken = new Set([...live, ...redirected].map((row) => row.slug));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
