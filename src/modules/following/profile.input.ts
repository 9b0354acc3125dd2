import { z } from "zod";

/** Flemish provinces and Brussels: where the organisation works. */
export const REGIONS = ["antwerpen", "limburg", "oost-vlaanderen", "vlaams-brabant", "west-vlaanderen", "brussel"] as const;
export type Region = (typeof REGIONS)[number];

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), schema.nullable());

/** The organisation profile as the form posts it; every field may stay empty. */
export const profileForm = z.object({
  organisationName: optional(z.string().trim().max(200, "name_too_long")),
  beneficiaryType: optional(z.string().max(160, "type_unknown")),
  region: optional(z.enum(REGIONS, "region_unknown")),
  themes: z.array(z.string().max(160, "theme_unknown")).max(50, "too_many_themes"),
});

export type ProfileForm = z.infer<typeof profileForm>;
