import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import type { RecordSection } from "./backoffice-paths.js";

/**
 * How many members hear of a change to this record: those who follow it, its programme or
 * one of its themes (a call's own, or its programme's when it inherits them), each once.
 */
export async function followerCount(db: Kysely<Database>, section: RecordSection, id: number): Promise<number> {
  const subjects: { type: "call" | "programme" | "theme"; ids: number[] }[] = [];
  if (section === "calls") {
    const call = await db.selectFrom("calls").select(["programmeId", "ownThemes"]).where("id", "=", id).executeTakeFirst();
    if (!call) return 0;
    subjects.push({ type: "call", ids: [id] });
    if (call.programmeId !== null) subjects.push({ type: "programme", ids: [call.programmeId] });
    const themes =
      call.ownThemes || call.programmeId === null
        ? await db.selectFrom("callThemes").select("themeId").where("callId", "=", id).execute()
        : await db.selectFrom("programmeThemes").select("themeId").where("programmeId", "=", call.programmeId).execute();
    subjects.push({ type: "theme", ids: themes.map((t) => t.themeId) });
  } else {
    subjects.push({ type: "programme", ids: [id] });
    const themes = await db.selectFrom("programmeThemes").select("themeId").where("programmeId", "=", id).execute();
    subjects.push({ type: "theme", ids: themes.map((t) => t.themeId) });
  }
  const wanted = subjects.filter((s) => s.ids.length > 0);
  const { count } = await db
    .selectFrom("follows")
    .select((eb) => eb.fn.count<number>("userId").distinct().as("count"))
    .where((eb) => eb.or(wanted.map((s) => eb.and([eb("subjectType", "=", s.type), eb("subjectId", "in", s.ids)]))))
    .executeTakeFirstOrThrow();
  return Number(count);
}
