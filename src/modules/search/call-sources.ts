import type { CallInput } from "../calls/call.input.js";
import { callRowFields, deadlineFromRow } from "../calls/call.store.js";
import type { Trx } from "../history/save-entity.js";

/** The parts of a call its search document is made of. */
export type CallSource = Pick<
  CallInput,
  | "slug"
  | "title"
  | "code"
  | "programme"
  | "opensOn"
  | "isRolling"
  | "deadlines"
  | "introduction"
  | "objectives"
  | "infoContact"
  | "partnersNeeded"
  | "partnersNote"
  | "projectType"
  | "budgetNote"
  | "cofinancingNote"
  | "parentCallCode"
  | "parentCallTitle"
  | "language"
  | "themes"
  | "beneficiaryTypes"
  | "extraSections"
  | "state"
  | "publishAt"
> & { id: number; sortDate: string };

/**
 * A block of calls read for the search index in five set-based queries, where the call
 * store reads one call in eight: a full reindex of a hundred thousand calls needs it.
 * What it reads must be what callStore.load gives for those fields (search-indexer.test.ts).
 */
export async function readCallSources(trx: Trx, fromId: number, limit: number): Promise<CallSource[]> {
  return withParts(trx, await callRows(trx).where("calls.id", ">=", fromId).orderBy("calls.id").limit(limit).execute());
}

/** The same for calls picked by id: the calls an import wrote, indexed at its end in the same few queries. */
export async function readCallSourcesByIds(trx: Trx, ids: readonly number[]): Promise<CallSource[]> {
  if (ids.length === 0) return [];
  const rows = await callRows(trx)
    .where("calls.id", "in", [...ids])
    .execute();
  return withParts(trx, rows);
}

function callRows(trx: Trx) {
  return trx
    .selectFrom("calls")
    .leftJoin("programmes", "programmes.id", "calls.programmeId")
    .selectAll("calls")
    .select("programmes.slug as programmeSlug");
}

type CallRow = Awaited<ReturnType<ReturnType<typeof callRows>["execute"]>>[number];

async function withParts(trx: Trx, rows: CallRow[]): Promise<CallSource[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [deadlines, themes, types] = await Promise.all([
    trx
      .selectFrom("callDeadlines")
      .select(["callId", "dueOn", "dueTime", "label"])
      .where("callId", "in", ids)
      .orderBy("callId")
      .orderBy("position")
      .execute(),
    trx
      .selectFrom("callThemes")
      .innerJoin("themes", "themes.id", "callThemes.themeId")
      .select(["callId", "themes.slug"])
      .where("callId", "in", ids)
      .execute(),
    trx
      .selectFrom("callBeneficiaryTypes")
      .innerJoin("beneficiaryTypes", "beneficiaryTypes.id", "callBeneficiaryTypes.beneficiaryTypeId")
      .select(["callId", "beneficiaryTypes.slug"])
      .where("callId", "in", ids)
      .execute(),
  ]);
  const deadlinesOf = byCall(deadlines);
  const themesOf = byCall(themes);
  const typesOf = byCall(types);
  const slugs = (list: { slug: string }[] | undefined) => (list ?? []).map((r) => r.slug).sort();
  return rows.map((row) => ({
    ...callRowFields(row),
    id: row.id,
    sortDate: row.publishedAt ?? row.createdAt,
    programme: row.programmeSlug,
    deadlines: (deadlinesOf.get(row.id) ?? []).map(deadlineFromRow),
    themes: row.ownThemes ? slugs(themesOf.get(row.id)) : null,
    beneficiaryTypes: row.ownBeneficiaries ? slugs(typesOf.get(row.id)) : null,
  }));
}

function byCall<T extends { callId: number }>(rows: T[]): Map<number, T[]> {
  const grouped = new Map<number, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.callId);
    if (list) list.push(row);
    else grouped.set(row.callId, [row]);
  }
  return grouped;
}
