import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import type { ProfileType } from "./eligibility.js";
import type { ProfileForm, Region } from "./profile.input.js";

export interface OrganisationProfile {
  organisationName: string | null;
  beneficiaryType: ProfileType | null;
  region: Region | null;
  themes: { id: number; slug: string; nameNl: string; nameEn: string }[];
}

export async function profileOf(db: Kysely<Database>, userId: number): Promise<OrganisationProfile> {
  const [user, themes] = await Promise.all([
    db
      .selectFrom("users")
      .leftJoin("beneficiaryTypes", "beneficiaryTypes.id", "users.organisationTypeId")
      .select([
        "users.organisationName",
        "users.region",
        "beneficiaryTypes.slug",
        "beneficiaryTypes.nameNl",
        "beneficiaryTypes.nameEn",
      ])
      .where("users.id", "=", userId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("profileThemes")
      .innerJoin("themes", "themes.id", "profileThemes.themeId")
      .select(["themes.id", "themes.slug", "themes.nameNl", "themes.nameEn"])
      .where("profileThemes.userId", "=", userId)
      .orderBy("themes.position")
      .orderBy("themes.nameNl")
      .execute(),
  ]);
  return {
    organisationName: user.organisationName,
    beneficiaryType:
      user.slug && user.nameNl && user.nameEn ? { slug: user.slug, nameNl: user.nameNl, nameEn: user.nameEn } : null,
    region: user.region as Region | null,
    themes,
  };
}

/** Slugs the form named that do not exist: the profile is refused with them, unchanged. */
export async function saveProfile(
  db: Kysely<Database>,
  userId: number,
  form: ProfileForm,
): Promise<{ unknownType: boolean; unknownThemes: string[] }> {
  const type = form.beneficiaryType
    ? await db.selectFrom("beneficiaryTypes").select("id").where("slug", "=", form.beneficiaryType).executeTakeFirst()
    : null;
  const slugs = [...new Set(form.themes)];
  const themes = slugs.length ? await db.selectFrom("themes").select(["id", "slug"]).where("slug", "in", slugs).execute() : [];
  const unknownThemes = slugs.filter((slug) => !themes.some((t) => t.slug === slug));
  if (type === undefined || unknownThemes.length) return { unknownType: type === undefined, unknownThemes };
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({ organisationName: form.organisationName, organisationTypeId: type?.id ?? null, region: form.region })
      .where("id", "=", userId)
      .execute();
    await trx.deleteFrom("profileThemes").where("userId", "=", userId).execute();
    if (themes.length)
      await trx
        .insertInto("profileThemes")
        .values(themes.map((t) => ({ userId, themeId: t.id })))
        .execute();
  });
  return { unknownType: false, unknownThemes: [] };
}
