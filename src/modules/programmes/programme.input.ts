import { z } from "zod";
import {
  contactInput,
  freeSection,
  httpUrl,
  language,
  money,
  optionalText,
  publication,
  slug,
  TITLE_MAX,
  tristate,
} from "../history/entity-input.js";

export const keyAction = z.object({
  title: z.string().min(1),
  /** Text that introduces the items, shown before them. */
  lead: optionalText,
  items: z.array(z.string()).default([]),
  note: optionalText,
});
export type KeyAction = z.infer<typeof keyAction>;

export const programmeInput = z.object({
  slug,
  name: z.string().trim().min(1).max(TITLE_MAX),
  /** The English name, for English pages; null when no one wrote it yet. */
  nameEn: z.string().trim().min(1).max(TITLE_MAX).nullable().default(null),
  shortName: z.string().trim().max(60).nullable().default(null),
  period: z.string().trim().max(40).nullable().default(null),
  managementMode: z.enum(["direct", "shared", "indirect"]).nullable().default(null),
  managingBodies: optionalText,
  introduction: optionalText,
  objectives: optionalText,
  keyActions: z.array(keyAction).default([]),
  projectTypes: optionalText,
  partnersNeeded: tristate,
  partnersNote: optionalText,
  /** Free text; "tbc" is kept as the editor wrote it and shown as not yet known. */
  cofinancing: optionalText,
  maxDuration: optionalText,
  applicationProcedure: optionalText,
  budgetAmountEur: money,
  budgetNote: optionalText,
  website: httpUrl.nullable().default(null),
  language,
  legislation: z
    .array(z.object({ reference: z.string().min(1), title: optionalText, url: httpUrl.nullable().default(null) }))
    .default([]),
  synergies: z.array(z.object({ programme: slug, label: optionalText })).default([]),
  themes: z.array(slug).default([]),
  beneficiaryTypes: z.array(slug).default([]),
  contacts: z.array(contactInput).default([]),
  extraSections: z.array(freeSection).default([]),
  isStub: z.boolean().default(false),
  ...publication,
});

export type ProgrammeInput = z.infer<typeof programmeInput>;
export type ProgrammeInputDraft = z.input<typeof programmeInput>;
