import type { Kysely } from "kysely";
import { grouped } from "../../platform/db/grouped.js";
import type { Database } from "../../platform/db/schema.js";
import type { Named } from "../calls/call.queries.js";

/**
 * The themes or beneficiary types of programmes, each list in its order, in one query for all
 * the programmes asked for: for a programme's page and for the calls that take them over.
 */
export async function namedOfProgrammes(
  db: Kysely<Database>,
  list: "themes" | "beneficiaryTypes",
  programmeIds: readonly number[],
): Promise<Map<number, Named[]>> {
  if (programmeIds.length === 0) return new Map();
  const ids = [...programmeIds];
  const query =
    list === "themes"
      ? db
          .selectFrom("programmeThemes")
          .innerJoin("themes", "themes.id", "programmeThemes.themeId")
          .select(["programmeThemes.programmeId", "slug", "nameNl", "nameEn"])
          .where("programmeThemes.programmeId", "in", ids)
          .orderBy("programmeThemes.programmeId")
          .orderBy("themes.position")
      : db
          .selectFrom("programmeBeneficiaryTypes")
          .innerJoin("beneficiaryTypes", "beneficiaryTypes.id", "programmeBeneficiaryTypes.beneficiaryTypeId")
          .select(["programmeBeneficiaryTypes.programmeId", "slug", "nameNl", "nameEn"])
          .where("programmeBeneficiaryTypes.programmeId", "in", ids)
          .orderBy("programmeBeneficiaryTypes.programmeId")
          .orderBy("beneficiaryTypes.position");
  return grouped(
    await query.execute(),
    (r) => r.programmeId,
    ({ slug, nameNl, nameEn }) => ({ slug, nameNl, nameEn }),
  );
}
