import type { Kysely } from "kysely";
import type { Database, Row } from "../../platform/db/schema.js";

export type ThemeRow = Row<"themes">;
export type BeneficiaryTypeRow = Row<"beneficiaryTypes">;

export function listThemes(db: Kysely<Database>): Promise<ThemeRow[]> {
  return db.selectFrom("themes").selectAll().orderBy("position").orderBy("nameNl").execute();
}

export async function findTheme(db: Kysely<Database>, slug: string) {
  const theme = await db.selectFrom("themes").selectAll().where("slug", "=", slug).executeTakeFirst();
  if (!theme) return undefined;
  const contact = theme.contactId
    ? await db.selectFrom("contacts").selectAll().where("id", "=", theme.contactId).executeTakeFirst()
    : undefined;
  return { ...theme, contact };
}

export function listBeneficiaryTypes(db: Kysely<Database>): Promise<BeneficiaryTypeRow[]> {
  return db.selectFrom("beneficiaryTypes").selectAll().orderBy("position").orderBy("nameNl").execute();
}

export function findBeneficiaryType(db: Kysely<Database>, slug: string) {
  return db.selectFrom("beneficiaryTypes").selectAll().where("slug", "=", slug).executeTakeFirst();
}

export function themeName(theme: { nameNl: string; nameEn: string }, lang: "nl" | "en"): string {
  return lang === "en" ? theme.nameEn : theme.nameNl;
}
