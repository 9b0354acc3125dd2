import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import { visibleTo } from "../history/visibility.js";
import type { Deadline, Named } from "./call.queries.js";
import { type CallFacts, callFacts } from "./call-facts.js";
import { callStatus } from "./call-status.js";

/**
 * The decision facts of calls without the rest of their aggregate, for the cards of a page of
 * results: the parts the facts are made of, each one query for all the calls.
 * The same facts as `readCalls` gives (`callFacts` makes both), in about half the queries.
 */
export async function readCallFacts(db: Kysely<Database>, ids: readonly number[], now: Date): Promise<Map<number, CallFacts>> {
  if (ids.length === 0) return new Map();
  const asked = [...ids];
  const [rows, deadlines, shares, ownTypes] = await Promise.all([
    db
      .selectFrom("calls")
      .leftJoin("programmes", "programmes.id", "calls.programmeId")
      .select([
        "calls.id",
        "calls.programmeId",
        "calls.opensOn",
        "calls.closesAt",
        "calls.isRolling",
        "calls.budgetAmountEur",
        "calls.expectedGrants",
        "calls.minContributionEur",
        "calls.maxContributionEur",
        "calls.cofinancingNote",
        "calls.partnersNeeded",
        "calls.ownBeneficiaries",
        "programmes.period as programmePeriod",
      ])
      .where("calls.id", "in", asked)
      .where(visibleTo(now, "calls"))
      .execute(),
    db.selectFrom("callDeadlines").selectAll().where("callId", "in", asked).orderBy("callId").orderBy("position").execute(),
    db
      .selectFrom("callCofinancingShares")
      .select(["callId", "source", "bound", "percent"])
      .where("callId", "in", asked)
      .orderBy("callId")
      .orderBy("position")
      .execute(),
    db
      .selectFrom("callBeneficiaryTypes")
      .innerJoin("beneficiaryTypes", "beneficiaryTypes.id", "callBeneficiaryTypes.beneficiaryTypeId")
      .select(["callBeneficiaryTypes.callId as ownerId", "slug", "nameNl", "nameEn"])
      .where("callBeneficiaryTypes.callId", "in", asked)
      .orderBy("callBeneficiaryTypes.callId")
      .orderBy("beneficiaryTypes.position")
      .execute(),
  ]);
  // The programmes' types for the calls that take them over, asked as the call page asks for them (the same order).
  const inheriting = [
    ...new Set(rows.flatMap((row) => (row.ownBeneficiaries === 0 && row.programmeId !== null ? [row.programmeId] : []))),
  ];
  const programmeTypes = inheriting.length
    ? await db
        .selectFrom("programmeBeneficiaryTypes")
        .innerJoin("beneficiaryTypes", "beneficiaryTypes.id", "programmeBeneficiaryTypes.beneficiaryTypeId")
        .select(["programmeBeneficiaryTypes.programmeId as ownerId", "slug", "nameNl", "nameEn"])
        .where("programmeBeneficiaryTypes.programmeId", "in", inheriting)
        .orderBy("programmeBeneficiaryTypes.programmeId")
        .orderBy("beneficiaryTypes.position")
        .execute()
    : [];
  const deadlinesOf = grouped(
    deadlines,
    (d) => d.callId,
    (d): Deadline => ({ date: d.dueOn, time: d.dueTime, at: d.dueAt, label: d.label }),
  );
  const sharesOf = grouped(
    shares,
    (s) => s.callId,
    ({ source, bound, percent }) => ({ source, bound, percent }),
  );
  const named = ({ slug, nameNl, nameEn }: Named): Named => ({ slug, nameNl, nameEn });
  const ownTypesOf = grouped(ownTypes, (t) => t.ownerId, named);
  const programmeTypesOf = grouped(programmeTypes, (t) => t.ownerId, named);
  return new Map(
    rows.map((row) => {
      const inherits = row.ownBeneficiaries === 0 && row.programmeId !== null;
      const beneficiaryTypes = inherits
        ? (programmeTypesOf.get(row.programmeId as number) ?? [])
        : (ownTypesOf.get(row.id) ?? []);
      const status = callStatus({ opensOn: row.opensOn, closesAt: row.closesAt, isRolling: row.isRolling === 1 }, now);
      const parts = {
        status,
        deadlines: deadlinesOf.get(row.id) ?? [],
        shares: sharesOf.get(row.id) ?? [],
        beneficiaryTypes,
        programmePeriod: row.programmePeriod,
      };
      return [row.id, callFacts(row, parts, now)];
    }),
  );
}

function grouped<R, T>(rows: R[], key: (row: R) => number, map: (row: R) => T): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(map(row));
    else groups.set(key(row), [map(row)]);
  }
  return groups;
}
