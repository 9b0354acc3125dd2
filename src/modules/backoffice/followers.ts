import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import type { EntityType } from "../history/save-entity.js";

/**
 * How many members hear of a change to these calls and programmes: those who follow one of
 * them, a call's programme, or one of their themes (a call's own, or its programme's when
 * it inherits them), each counted once. The editor's form and the import preview both say it.
 */
export async function followerCount(
  db: Kysely<Database>,
  records: { calls?: readonly number[]; programmes?: readonly number[] },
): Promise<number> {
  const callIds = [...(records.calls ?? [])];
  const calls = callIds.length
    ? await db.selectFrom("calls").select(["id", "programmeId", "ownThemes"]).where("id", "in", callIds).execute()
    : [];
  const ownThemes = (call: (typeof calls)[number]) => call.ownThemes === 1 || call.programmeId === null;
  const programmeIds = unique([
    ...(records.programmes ?? []),
    ...calls.flatMap((c) => (c.programmeId === null ? [] : [c.programmeId])),
  ]);
  const themeCalls = calls.filter(ownThemes).map((c) => c.id);
  const themeProgrammes = unique([
    ...(records.programmes ?? []),
    ...calls.flatMap((c) => (ownThemes(c) || c.programmeId === null ? [] : [c.programmeId])),
  ]);
  const themeIds = unique(
    [
      ...(themeCalls.length
        ? await db.selectFrom("callThemes").select("themeId").where("callId", "in", themeCalls).execute()
        : []),
      ...(themeProgrammes.length
        ? await db.selectFrom("programmeThemes").select("themeId").where("programmeId", "in", themeProgrammes).execute()
        : []),
    ].map((t) => t.themeId),
  );
  const subjects = [
    { type: "call" as const, ids: calls.map((c) => c.id) },
    { type: "programme" as const, ids: programmeIds },
    { type: "theme" as const, ids: themeIds },
  ].filter((s) => s.ids.length > 0);
  if (subjects.length === 0) return 0;
  const { count } = await db
    .selectFrom("follows")
    .select((eb) => eb.fn.count<number>("userId").distinct().as("count"))
    .where((eb) => eb.or(subjects.map((s) => eb.and([eb("subjectType", "=", s.type), eb("subjectId", "in", s.ids)]))))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** The count the form of a record shows before publishing; null for records members cannot follow for alerts. */
export function followersOfRecord(db: Kysely<Database>, type: EntityType, id: number): Promise<number> | null {
  if (type === "call") return followerCount(db, { calls: [id] });
  if (type === "programme") return followerCount(db, { programmes: [id] });
  return null;
}

const unique = (ids: readonly number[]) => [...new Set(ids)];
