import { z } from "zod";
import { contactInput, optionalText, slug } from "../history/entity-input.js";

export const themeInput = z.object({
  slug,
  nameNl: z.string().trim().min(1),
  nameEn: z.string().trim().min(1),
  description: optionalText,
  position: z.number().int().default(0),
  contact: contactInput.nullable().default(null),
});
export type ThemeInput = z.infer<typeof themeInput>;
export type ThemeInputDraft = z.input<typeof themeInput>;

export const beneficiaryTypeInput = themeInput.omit({ contact: true });
export type BeneficiaryTypeInput = z.infer<typeof beneficiaryTypeInput>;
export type BeneficiaryTypeInputDraft = z.input<typeof beneficiaryTypeInput>;
