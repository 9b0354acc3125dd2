import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import type { Trx } from "../history/save-entity.js";

/** A record whose form names contacts: a call's and a programme's contact rows, a theme's contact point. */
export interface ContactOwner {
  type: "call" | "programme" | "theme";
  id: number;
}

/** The ids of the contacts a record links now, in its order. */
export async function linkedContactIds(trx: Trx, owner: ContactOwner): Promise<number[]> {
  if (owner.type === "theme") {
    const row = await trx.selectFrom("themes").select("contactId").where("id", "=", owner.id).executeTakeFirst();
    return row?.contactId ? [row.contactId] : [];
  }
  const rows =
    owner.type === "call"
      ? await trx.selectFrom("callContacts").select("contactId").where("callId", "=", owner.id).orderBy("position").execute()
      : await trx
          .selectFrom("programmeContacts")
          .select("contactId")
          .where("programmeId", "=", owner.id)
          .orderBy("position")
          .execute();
  return rows.map((row) => row.contactId);
}

/** Whether any record other than `except` names the contact. */
export async function sharedBeyond(trx: Trx, contactId: number, except: ContactOwner): Promise<boolean> {
  const other = (type: ContactOwner["type"]) => (except.type === type ? except.id : -1);
  const [call, programme, theme] = await Promise.all([
    trx
      .selectFrom("callContacts")
      .select("callId")
      .where("contactId", "=", contactId)
      .where("callId", "!=", other("call"))
      .executeTakeFirst(),
    trx
      .selectFrom("programmeContacts")
      .select("programmeId")
      .where("contactId", "=", contactId)
      .where("programmeId", "!=", other("programme"))
      .executeTakeFirst(),
    trx.selectFrom("themes").select("id").where("contactId", "=", contactId).where("id", "!=", other("theme")).executeTakeFirst(),
  ]);
  return Boolean(call || programme || theme);
}

/** The records that name a contact, each with its back-office id and title: what the list counts and a merge moves. */
export async function contactUsers(db: Kysely<Database>, contactIds: readonly number[]) {
  if (contactIds.length === 0) return [];
  const ids = [...contactIds];
  const [calls, programmes, themes] = await Promise.all([
    db
      .selectFrom("callContacts")
      .innerJoin("calls", "calls.id", "callContacts.callId")
      .select(["callContacts.contactId", "calls.id", "calls.slug", "calls.title"])
      .where("callContacts.contactId", "in", ids)
      .orderBy("calls.slug")
      .execute(),
    db
      .selectFrom("programmeContacts")
      .innerJoin("programmes", "programmes.id", "programmeContacts.programmeId")
      .select(["programmeContacts.contactId", "programmes.id", "programmes.slug", "programmes.name as title"])
      .where("programmeContacts.contactId", "in", ids)
      .orderBy("programmes.slug")
      .execute(),
    db
      .selectFrom("themes")
      .select(["themes.contactId", "themes.id", "themes.slug", "themes.nameNl as title"])
      .where("themes.contactId", "in", ids)
      .orderBy("themes.slug")
      .execute(),
  ]);
  return [
    ...programmes.map((r) => ({ ...r, type: "programme" as const })),
    ...calls.map((r) => ({ ...r, type: "call" as const })),
    ...themes.map((r) => ({ ...r, contactId: r.contactId as number, type: "theme" as const })),
  ];
}
export type ContactUser = Awaited<ReturnType<typeof contactUsers>>[number];
