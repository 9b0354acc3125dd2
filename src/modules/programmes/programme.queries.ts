import type { Kysely } from "kysely";
import { inOrder } from "../../platform/db/in-order.js";
import type { Database, Row } from "../../platform/db/schema.js";
import type { Named } from "../calls/call.queries.js";
import { visibleTo } from "../history/visibility.js";
import type { KeyAction } from "./programme.input.js";
import { namedOfProgrammes } from "./programme-lists.queries.js";

export interface ProgrammeDetail {
  row: Row<"programmes">;
  keyActions: KeyAction[];
  legislation: Row<"programmeLegislation">[];
  synergies: { slug: string; name: string; nameEn: string | null; shortName: string | null; label: string | null }[];
  themes: Named[];
  beneficiaryTypes: Named[];
  contacts: (Row<"contacts"> & { label: string | null })[];
}

export function listProgrammes(db: Kysely<Database>, now: Date) {
  return db
    .selectFrom("programmes")
    .select(["id", "slug", "name", "nameEn", "language", "shortName", "period", "introduction", "isStub", "managementMode"])
    .where(visibleTo(now, "programmes"))
    .orderBy("isStub")
    .orderBy("name")
    .execute();
}

/** Visible programmes by id, in the order asked: one query, for feeds and exports of a search. */
export async function readProgrammeRows(db: Kysely<Database>, ids: readonly number[], now: Date) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("programmes")
    .selectAll()
    .where("id", "in", [...ids])
    .where(visibleTo(now, "programmes"))
    .execute();
  return inOrder(rows, ids);
}

export async function findProgramme(db: Kysely<Database>, slug: string, now: Date): Promise<ProgrammeDetail | undefined> {
  const row = await db
    .selectFrom("programmes")
    .selectAll()
    .where("slug", "=", slug)
    .where(visibleTo(now, "programmes"))
    .executeTakeFirst();
  if (!row) return undefined;
  const [legislation, synergies, themes, beneficiaryTypes, contacts] = await Promise.all([
    db.selectFrom("programmeLegislation").selectAll().where("programmeId", "=", row.id).orderBy("position").execute(),
    db
      .selectFrom("programmeSynergies")
      .innerJoin("programmes", "programmes.id", "programmeSynergies.targetId")
      .select(["programmes.slug", "programmes.name", "programmes.nameEn", "programmes.shortName", "programmeSynergies.label"])
      .where("programmeSynergies.programmeId", "=", row.id)
      .orderBy("programmeSynergies.position")
      .execute(),
    namedOfProgrammes(db, "themes", [row.id]),
    namedOfProgrammes(db, "beneficiaryTypes", [row.id]),
    db
      .selectFrom("programmeContacts")
      .innerJoin("contacts", "contacts.id", "programmeContacts.contactId")
      .selectAll("contacts")
      .select("programmeContacts.label")
      .where("programmeId", "=", row.id)
      .orderBy("position")
      .execute(),
  ]);
  return {
    row,
    keyActions: JSON.parse(row.keyActions),
    legislation,
    synergies,
    themes: themes.get(row.id) ?? [],
    beneficiaryTypes: beneficiaryTypes.get(row.id) ?? [],
    contacts,
  };
}
