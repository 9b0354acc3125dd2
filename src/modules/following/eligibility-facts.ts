import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import type { CallDetail } from "../calls/call.queries.js";
import type { CallEligibilityFacts } from "./eligibility.js";

export interface CallMatchFacts extends CallEligibilityFacts {
  themes: { slug: string; nameNl: string; nameEn: string }[];
}

/** The call page has every fact already. */
export function factsOfCall(call: CallDetail): CallMatchFacts {
  return {
    beneficiaryTypes: call.beneficiaryTypes,
    beneficiaryTypesInherited: call.beneficiaryTypesInherited,
    partnersNeeded: call.partnersNeeded,
    partnersNote: call.row.partnersNote,
    shares: call.shares,
    cofinancingNote: call.row.cofinancingNote,
    themes: call.themes,
  };
}

/** The same facts for many calls at once, with the call page's rule: own types and themes, else the programme's. */
export async function factsOfCalls(db: Kysely<Database>, ids: number[]): Promise<Map<number, CallMatchFacts>> {
  if (ids.length === 0) return new Map();
  const calls = await db
    .selectFrom("calls")
    .select(["id", "programmeId", "ownBeneficiaries", "ownThemes", "partnersNeeded", "partnersNote", "cofinancingNote"])
    .where("id", "in", ids)
    .execute();
  const programmeIds = [...new Set(calls.flatMap((c) => (c.programmeId === null ? [] : [c.programmeId])))];
  const term = ["slug", "nameNl", "nameEn"] as const;
  const [callTypes, callThemes, programmeTypes, programmeThemes, shares] = await Promise.all([
    db
      .selectFrom("callBeneficiaryTypes")
      .innerJoin("beneficiaryTypes", "beneficiaryTypes.id", "callBeneficiaryTypes.beneficiaryTypeId")
      .select(["callId as ownerId", ...term])
      .where("callId", "in", ids)
      .orderBy("position")
      .execute(),
    db
      .selectFrom("callThemes")
      .innerJoin("themes", "themes.id", "callThemes.themeId")
      .select(["callId as ownerId", ...term])
      .where("callId", "in", ids)
      .orderBy("position")
      .execute(),
    programmeIds.length
      ? db
          .selectFrom("programmeBeneficiaryTypes")
          .innerJoin("beneficiaryTypes", "beneficiaryTypes.id", "programmeBeneficiaryTypes.beneficiaryTypeId")
          .select(["programmeId as ownerId", ...term])
          .where("programmeId", "in", programmeIds)
          .orderBy("position")
          .execute()
      : [],
    programmeIds.length
      ? db
          .selectFrom("programmeThemes")
          .innerJoin("themes", "themes.id", "programmeThemes.themeId")
          .select(["programmeId as ownerId", ...term])
          .where("programmeId", "in", programmeIds)
          .orderBy("position")
          .execute()
      : [],
    db
      .selectFrom("callCofinancingShares")
      .select(["callId", "source", "bound", "percent"])
      .where("callId", "in", ids)
      .orderBy("position")
      .execute(),
  ]);
  const of = <T extends { ownerId: number }>(rows: T[], id: number | null) =>
    rows.filter((r) => r.ownerId === id).map(({ ownerId: _, ...rest }) => rest);
  const facts = new Map<number, CallMatchFacts>();
  for (const call of calls) {
    const inheritTypes = call.ownBeneficiaries === 0 && call.programmeId !== null;
    const inheritThemes = call.ownThemes === 0 && call.programmeId !== null;
    facts.set(call.id, {
      beneficiaryTypes: inheritTypes ? of(programmeTypes, call.programmeId) : of(callTypes, call.id),
      beneficiaryTypesInherited: inheritTypes,
      themes: inheritThemes ? of(programmeThemes, call.programmeId) : of(callThemes, call.id),
      partnersNeeded: call.partnersNeeded,
      partnersNote: call.partnersNote,
      shares: shares.filter((s) => s.callId === call.id).map(({ callId: _, ...share }) => share),
      cofinancingNote: call.cofinancingNote,
    });
  }
  return facts;
}
