import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import { profileOf } from "./profile.repository.js";

/** Everything this module keeps about a member, for "export my data". */
export async function exportFollowing(db: Kysely<Database>, userId: number) {
  const [follows, savedSearches, profile] = await Promise.all([
    db
      .selectFrom("follows")
      .leftJoin("themes", (j) => j.onRef("themes.id", "=", "follows.subjectId").on("follows.subjectType", "=", "theme"))
      .leftJoin("programmes", (j) =>
        j.onRef("programmes.id", "=", "follows.subjectId").on("follows.subjectType", "=", "programme"),
      )
      .leftJoin("calls", (j) => j.onRef("calls.id", "=", "follows.subjectId").on("follows.subjectType", "=", "call"))
      .select([
        "follows.subjectType as type",
        "themes.slug as theme",
        "programmes.slug as programme",
        "calls.slug as call",
        "follows.createdAt",
      ])
      .where("follows.userId", "=", userId)
      .orderBy("follows.createdAt")
      .orderBy("follows.subjectType")
      .orderBy("follows.subjectId")
      .execute(),
    db
      .selectFrom("savedSearches")
      .select(["name", "query", "frequency", "lastSeenAt", "createdAt"])
      .where("userId", "=", userId)
      .orderBy("createdAt")
      .orderBy("id")
      .execute(),
    profileOf(db, userId),
  ]);
  return {
    follows: follows.map((f) => ({ type: f.type, slug: f.theme ?? f.programme ?? f.call, followedAt: f.createdAt })),
    savedSearches,
    profile: {
      organisationName: profile.organisationName,
      beneficiaryType: profile.beneficiaryType?.slug ?? null,
      region: profile.region,
      themes: profile.themes.map((t) => t.slug),
    },
  };
}
