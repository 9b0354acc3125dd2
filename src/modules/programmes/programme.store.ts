import { closeWithProgrammePeriod } from "../calls/call.store.js";
import { type LinkWrite, linkContacts } from "../contacts/contact-links.js";
import { contactFromRow, idsForSlugs, sortedSlugsForIds } from "../history/relations.js";
import type { EntityStore, Trx } from "../history/save-entity.js";
import { storeLookups } from "../history/store-lookups.js";
import type { ProgrammeInput } from "./programme.input.js";

/** Reads and writes a programme with all its parts; only saveEntity calls this. */
export const programmeStore: EntityStore<ProgrammeInput> = {
  type: "programme",
  ...storeLookups("programmes"),
  normalise: (input) => ({
    ...input,
    themes: [...new Set(input.themes)].sort(),
    beneficiaryTypes: [...new Set(input.beneficiaryTypes)].sort(),
  }),

  async load(trx, id) {
    const row = await trx.selectFrom("programmes").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return undefined;
    const [legislation, synergies, contacts, themeIds, typeIds] = await Promise.all([
      trx.selectFrom("programmeLegislation").selectAll().where("programmeId", "=", id).orderBy("position").execute(),
      trx
        .selectFrom("programmeSynergies")
        .innerJoin("programmes", "programmes.id", "programmeSynergies.targetId")
        .select(["programmes.slug", "programmeSynergies.label"])
        .where("programmeSynergies.programmeId", "=", id)
        .orderBy("programmeSynergies.position")
        .execute(),
      trx
        .selectFrom("programmeContacts")
        .innerJoin("contacts", "contacts.id", "programmeContacts.contactId")
        .selectAll("contacts")
        .select("programmeContacts.label")
        .where("programmeId", "=", id)
        .orderBy("position")
        .execute(),
      trx.selectFrom("programmeThemes").select("themeId").where("programmeId", "=", id).execute(),
      trx.selectFrom("programmeBeneficiaryTypes").select("beneficiaryTypeId").where("programmeId", "=", id).execute(),
    ]);
    const input: ProgrammeInput = {
      slug: row.slug,
      name: row.name,
      nameEn: row.nameEn,
      shortName: row.shortName,
      period: row.period,
      managementMode: row.managementMode,
      managingBodies: row.managingBodies,
      introduction: row.introduction,
      objectives: row.objectives,
      keyActions: JSON.parse(row.keyActions),
      projectTypes: row.projectTypes,
      partnersNeeded: row.partnersNeeded,
      partnersNote: row.partnersNote,
      cofinancing: row.cofinancing,
      maxDuration: row.maxDuration,
      applicationProcedure: row.applicationProcedure,
      budgetAmountEur: row.budgetAmountEur,
      budgetNote: row.budgetNote,
      website: row.website,
      language: row.language as ProgrammeInput["language"],
      legislation: legislation.map((l) => ({ reference: l.reference, title: l.title, url: l.url })),
      synergies: synergies.map((s) => ({ programme: s.slug, label: s.label })),
      themes: await sortedSlugsForIds(
        trx,
        "themes",
        themeIds.map((t) => t.themeId),
      ),
      beneficiaryTypes: await sortedSlugsForIds(
        trx,
        "beneficiaryTypes",
        typeIds.map((t) => t.beneficiaryTypeId),
      ),
      contacts: contacts.map((c) => contactFromRow(c, c.label)),
      extraSections: JSON.parse(row.extraSections),
      isStub: row.isStub === 1,
      state: row.state,
      publishAt: row.publishAt,
      publishedAt: row.publishedAt,
      publishedBy: row.publishedBy,
      source: row.source,
      externalId: row.externalId,
    };
    return { input, version: row.version };
  },

  async insert(trx, input, now, actor) {
    const { id } = await trx
      .insertInto("programmes")
      .values({ ...columns(input), createdAt: now, updatedAt: now, version: 1 })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeParts(trx, id, input, { now: new Date(now), actor });
    return id;
  },

  async update(trx, id, input, now, actor) {
    await trx
      .updateTable("programmes")
      .set({ ...columns(input), updatedAt: now })
      .where("id", "=", id)
      .execute();
    await writeParts(trx, id, input, { now: new Date(now), actor });
    await closeWithProgrammePeriod(trx, id, input.period);
  },
};

function columns(input: ProgrammeInput) {
  const { legislation, synergies, themes, beneficiaryTypes, contacts, keyActions, extraSections, isStub, ...scalars } = input;
  return {
    ...scalars,
    keyActions: JSON.stringify(keyActions),
    extraSections: JSON.stringify(extraSections),
    isStub: isStub ? 1 : 0,
  };
}

async function writeParts(trx: Trx, programmeId: number, input: ProgrammeInput, write: LinkWrite): Promise<void> {
  // The contacts first: the rows are matched against the ones the programme names now.
  const contactIds = await linkContacts(trx, { type: "programme", id: programmeId }, input.contacts, write);
  for (const table of [
    "programmeLegislation",
    "programmeSynergies",
    "programmeContacts",
    "programmeThemes",
    "programmeBeneficiaryTypes",
  ] as const) {
    await trx.deleteFrom(table).where("programmeId", "=", programmeId).execute();
  }
  if (input.legislation.length) {
    await trx
      .insertInto("programmeLegislation")
      .values(input.legislation.map((l, position) => ({ programmeId, position, ...l })))
      .execute();
  }
  const targets = await idsForSlugs(
    trx,
    "programmes",
    input.synergies.map((s) => s.programme),
  );
  const seen = new Set<number>();
  const synergyRows = input.synergies.flatMap((s, position) => {
    const targetId = targets[position] as number;
    if (seen.has(targetId) || targetId === programmeId) return [];
    seen.add(targetId);
    return [{ programmeId, targetId, position, label: s.label }];
  });
  if (synergyRows.length) await trx.insertInto("programmeSynergies").values(synergyRows).execute();
  const contactRows: { programmeId: number; contactId: number; position: number; label: string | null }[] = [];
  for (const [position, contact] of input.contacts.entries()) {
    const contactId = contactIds[position];
    if (contactId !== undefined && !contactRows.some((r) => r.contactId === contactId))
      contactRows.push({ programmeId, contactId, position, label: contact.label });
  }
  if (contactRows.length) await trx.insertInto("programmeContacts").values(contactRows).execute();
  const themeIds = await idsForSlugs(trx, "themes", input.themes);
  if (themeIds.length)
    await trx
      .insertInto("programmeThemes")
      .values(themeIds.map((themeId) => ({ programmeId, themeId })))
      .execute();
  const typeIds = await idsForSlugs(trx, "beneficiaryTypes", input.beneficiaryTypes);
  if (typeIds.length) {
    await trx
      .insertInto("programmeBeneficiaryTypes")
      .values(typeIds.map((beneficiaryTypeId) => ({ programmeId, beneficiaryTypeId })))
      .execute();
  }
}
