import { type Kysely, sql } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import { contactUsers } from "../contacts/contact-usage.js";
import { type ListQuery, type ListShape, PAGE_SIZE } from "./list-query.js";
import { matches } from "./record-list.js";

/** "Used by": the contacts some call, programme or theme names, or those nobody names. */
export const USED_BY = ["calls", "programmes", "themes", "unused"] as const;
export type UsedBy = (typeof USED_BY)[number];

export const contactListShape: ListShape = {
  filters: ["usedBy"],
  sorts: ["name", "updatedAt"],
  defaultSort: "name",
  defaultDir: "asc",
};

export interface ListedContact {
  id: number;
  name: string;
  organisation: string | null;
  email: string | null;
  updatedAt: string | null;
  /** The records naming it, with their back-office ids. */
  users: { type: "call" | "programme" | "theme"; id: number; title: string }[];
}

/** Contacts for the back office, found by name, organisation or e-mail, with the records that name each. */
export async function listContactRecords(db: Kysely<Database>, query: ListQuery) {
  let select = db.selectFrom("contacts");
  if (query.q) select = select.where(matches(["contacts.name", "contacts.organisation", "contacts.email"], query.q));
  const usedBy = query.filters.usedBy as UsedBy | undefined;
  if (usedBy && (USED_BY as readonly string[]).includes(usedBy)) {
    select = select.where((eb) => {
      const calls = eb.exists(
        eb.selectFrom("callContacts").select("contactId").whereRef("callContacts.contactId", "=", "contacts.id"),
      );
      const programmes = eb.exists(
        eb.selectFrom("programmeContacts").select("contactId").whereRef("programmeContacts.contactId", "=", "contacts.id"),
      );
      const themes = eb.exists(eb.selectFrom("themes").select("contactId").whereRef("themes.contactId", "=", "contacts.id"));
      if (usedBy === "calls") return calls;
      if (usedBy === "programmes") return programmes;
      if (usedBy === "themes") return themes;
      return eb.and([eb.not(calls), eb.not(programmes), eb.not(themes)]);
    });
  }
  const { count } = await select.select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow();
  // A contact from before contacts had a history sorts as the oldest change, alike on both databases.
  const order =
    query.sort === "updatedAt" ? sql`coalesce(${sql.ref("contacts.updatedAt")}, '')` : sql`lower(${sql.ref("contacts.name")})`;
  const rows = await select
    .select(["contacts.id", "contacts.name", "contacts.organisation", "contacts.email", "contacts.updatedAt"])
    .orderBy(order, query.dir)
    .orderBy("contacts.id", "asc")
    .limit(PAGE_SIZE)
    .offset((query.page - 1) * PAGE_SIZE)
    .execute();
  const users = await contactUsers(
    db,
    rows.map((row) => row.id),
  );
  return {
    total: Number(count),
    rows: rows.map(
      (row): ListedContact => ({
        ...row,
        users: users.filter((user) => user.contactId === row.id).map(({ type, id, title }) => ({ type, id, title })),
      }),
    ),
  };
}
