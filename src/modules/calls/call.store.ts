import { AppError } from "../../errors.js";
import type { Row } from "../../platform/db/schema.js";
import { brusselsInstant } from "../../platform/time/brussels.js";
import { type LinkWrite, linkContacts } from "../contacts/contact-links.js";
import { contactFromRow, idsForSlugs, sortedSlugsForIds } from "../history/relations.js";
import type { EntityStore, Trx } from "../history/save-entity.js";
import { storeLookups } from "../history/store-lookups.js";
import type { CallInput } from "./call.input.js";
import { callClosesAt } from "./call-status.js";

/** The fields of a call that are columns of its own row, as its input has them. */
export function callRowFields(row: Row<"calls">) {
  return {
    slug: row.slug,
    title: row.title,
    code: row.code,
    opensOn: row.opensOn,
    isRolling: row.isRolling === 1,
    introduction: row.introduction,
    objectives: row.objectives,
    infoContact: row.infoContact,
    partnersNeeded: row.partnersNeeded,
    partnersNote: row.partnersNote,
    projectType: row.projectType,
    budgetAmountEur: row.budgetAmountEur,
    budgetNote: row.budgetNote,
    expectedGrants: row.expectedGrants,
    minContributionEur: row.minContributionEur,
    maxContributionEur: row.maxContributionEur,
    cofinancingNote: row.cofinancingNote,
    url: row.url,
    submissionUrl: row.submissionUrl,
    parentCallCode: row.parentCallCode,
    parentCallTitle: row.parentCallTitle,
    language: row.language as CallInput["language"],
    extraSections: JSON.parse(row.extraSections) as CallInput["extraSections"],
    state: row.state,
    publishAt: row.publishAt,
    publishedAt: row.publishedAt,
    publishedBy: row.publishedBy,
    source: row.source,
    externalId: row.externalId,
  };
}

export function deadlineFromRow(row: Pick<Row<"callDeadlines">, "dueOn" | "dueTime" | "label">): CallInput["deadlines"][number] {
  return { date: row.dueOn, time: row.dueTime, label: row.label };
}

/** Reads and writes a call with all its parts; only saveEntity calls this. */
export const callStore: EntityStore<CallInput> = {
  type: "call",
  ...storeLookups("calls"),
  normalise,

  async load(trx, id) {
    const row = await trx.selectFrom("calls").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return undefined;
    const [deadlines, shares, links, contacts, themeIds, beneficiaryIds, programme] = await Promise.all([
      trx.selectFrom("callDeadlines").selectAll().where("callId", "=", id).orderBy("position").execute(),
      trx.selectFrom("callCofinancingShares").selectAll().where("callId", "=", id).orderBy("position").execute(),
      trx.selectFrom("callLinks").selectAll().where("callId", "=", id).orderBy("position").execute(),
      trx
        .selectFrom("callContacts")
        .innerJoin("contacts", "contacts.id", "callContacts.contactId")
        .selectAll("contacts")
        .where("callId", "=", id)
        .orderBy("position")
        .execute(),
      trx.selectFrom("callThemes").select("themeId").where("callId", "=", id).orderBy("themeId").execute(),
      trx
        .selectFrom("callBeneficiaryTypes")
        .select("beneficiaryTypeId")
        .where("callId", "=", id)
        .orderBy("beneficiaryTypeId")
        .execute(),
      row.programmeId === null
        ? undefined
        : trx.selectFrom("programmes").select("slug").where("id", "=", row.programmeId).executeTakeFirst(),
    ]);
    const input: CallInput = {
      ...callRowFields(row),
      programme: programme?.slug ?? null,
      deadlines: deadlines.map(deadlineFromRow),
      cofinancingShares: shares.map((s) => ({ source: s.source, bound: s.bound, percent: s.percent })),
      themes: row.ownThemes
        ? await sortedSlugsForIds(
            trx,
            "themes",
            themeIds.map((t) => t.themeId),
          )
        : null,
      beneficiaryTypes: row.ownBeneficiaries
        ? await sortedSlugsForIds(
            trx,
            "beneficiaryTypes",
            beneficiaryIds.map((b) => b.beneficiaryTypeId),
          )
        : null,
      links: links.map((l) => ({ label: l.label, url: l.url })),
      contacts: contacts.map((c) => contactFromRow(c, null)),
    };
    return { input, version: row.version };
  },

  async insert(trx, input, now, actor) {
    const values = await columns(trx, input);
    const { id } = await trx
      .insertInto("calls")
      .values({ ...values, createdAt: now, updatedAt: now, version: 1 })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeParts(trx, id, input, "new", { now: new Date(now), actor });
    return id;
  },

  async update(trx, id, input, now, actor) {
    const values = await columns(trx, input);
    await trx
      .updateTable("calls")
      .set({ ...values, updatedAt: now })
      .where("id", "=", id)
      .execute();
    await writeParts(trx, id, input, "replace", { now: new Date(now), actor });
  },
};

function normalise(input: CallInput): CallInput {
  return {
    ...input,
    contacts: input.contacts.map((c) => ({ ...c, label: null })),
    themes: input.themes ? [...new Set(input.themes)].sort() : null,
    beneficiaryTypes: input.beneficiaryTypes ? [...new Set(input.beneficiaryTypes)].sort() : null,
  };
}

async function columns(trx: Trx, input: CallInput) {
  const programme = input.programme ? await programmeOf(trx, input.programme) : null;
  const dueAts = input.deadlines.map((d) => brusselsInstant(d.date, d.time));
  return {
    slug: input.slug,
    title: input.title,
    code: input.code,
    programmeId: programme?.id ?? null,
    opensOn: input.opensOn,
    isRolling: input.isRolling ? 1 : 0,
    closesAt: callClosesAt(dueAts, programme?.period ?? null),
    introduction: input.introduction,
    objectives: input.objectives,
    infoContact: input.infoContact,
    partnersNeeded: input.partnersNeeded,
    partnersNote: input.partnersNote,
    projectType: input.projectType,
    budgetAmountEur: input.budgetAmountEur,
    budgetNote: input.budgetNote,
    expectedGrants: input.expectedGrants,
    minContributionEur: input.minContributionEur,
    maxContributionEur: input.maxContributionEur,
    cofinancingNote: input.cofinancingNote,
    url: input.url,
    submissionUrl: input.submissionUrl,
    parentCallCode: input.parentCallCode,
    parentCallTitle: input.parentCallTitle,
    language: input.language,
    ownThemes: input.themes ? 1 : 0,
    ownBeneficiaries: input.beneficiaryTypes ? 1 : 0,
    extraSections: JSON.stringify(input.extraSections),
    state: input.state,
    publishAt: input.publishAt,
    publishedAt: input.publishedAt,
    publishedBy: input.publishedBy,
    source: input.source,
    externalId: input.externalId,
  };
}

/** The call's programme with the period its closing may depend on, in the one query the id needed anyway. */
async function programmeOf(trx: Trx, slug: string) {
  const programme = await trx.selectFrom("programmes").select(["id", "period"]).where("slug", "=", slug).executeTakeFirst();
  if (!programme) throw new AppError("invalid_input", `unknown programmes "${slug}"`);
  return programme;
}

async function writeParts(trx: Trx, callId: number, input: CallInput, call: "new" | "replace", write: LinkWrite): Promise<void> {
  // The contacts first: the rows are matched against the ones the call names now.
  const contactIds = await linkContacts(trx, { type: "call", id: callId }, input.contacts, write);
  // A new call has no parts to remove yet: six statements saved per call of a first import.
  for (const table of call === "new"
    ? []
    : (["callDeadlines", "callCofinancingShares", "callLinks", "callContacts", "callThemes", "callBeneficiaryTypes"] as const)) {
    await trx.deleteFrom(table).where("callId", "=", callId).execute();
  }
  if (input.deadlines.length) {
    await trx
      .insertInto("callDeadlines")
      .values(
        input.deadlines.map((d, position) => ({
          callId,
          position,
          dueOn: d.date,
          dueTime: d.time,
          dueAt: brusselsInstant(d.date, d.time),
          label: d.label,
        })),
      )
      .execute();
  }
  if (input.cofinancingShares.length) {
    await trx
      .insertInto("callCofinancingShares")
      .values(input.cofinancingShares.map((s, position) => ({ callId, position, ...s })))
      .execute();
  }
  if (input.links.length) {
    await trx
      .insertInto("callLinks")
      .values(input.links.map((l, position) => ({ callId, position, ...l })))
      .execute();
  }
  if (contactIds.length) {
    await trx
      .insertInto("callContacts")
      .values([...new Set(contactIds)].map((contactId, position) => ({ callId, contactId, position })))
      .execute();
  }
  const themeIds = [...new Set(await idsForSlugs(trx, "themes", input.themes ?? []))];
  if (themeIds.length)
    await trx
      .insertInto("callThemes")
      .values(themeIds.map((themeId) => ({ callId, themeId })))
      .execute();
  const typeIds = [...new Set(await idsForSlugs(trx, "beneficiaryTypes", input.beneficiaryTypes ?? []))];
  if (typeIds.length) {
    await trx
      .insertInto("callBeneficiaryTypes")
      .values(typeIds.map((beneficiaryTypeId) => ({ callId, beneficiaryTypeId })))
      .execute();
  }
}

/**
 * A programme's period moved: its calls without a deadline close when it now ends. Their
 * search documents follow, as every call of a saved programme is indexed again.
 */
export async function closeWithProgrammePeriod(trx: Trx, programmeId: number, period: string | null): Promise<void> {
  await trx
    .updateTable("calls")
    .set({ closesAt: callClosesAt([], period) })
    .where("programmeId", "=", programmeId)
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom("callDeadlines").select("callId").whereRef("callDeadlines.callId", "=", "calls.id"))),
    )
    .execute();
}
