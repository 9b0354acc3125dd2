import { z } from "zod";
import {
  clockTime,
  contactInput,
  freeSection,
  httpUrl,
  isoDate,
  language,
  money,
  optionalText,
  publication,
  slug,
  TITLE_MAX,
  tristate,
} from "../history/entity-input.js";

export const deadlineInput = z.object({
  date: isoDate,
  time: clockTime.nullable().default(null),
  label: z.string().nullable().default(null),
});

export const cofinancingShareInput = z.object({
  source: z.string().trim().min(1),
  bound: z.enum(["max", "min"]),
  percent: z.number().min(0).max(100),
});

/** Everything an editor or importer can say about a call, relations by slug. */
export const callInput = z.object({
  slug,
  title: z.string().trim().min(1).max(TITLE_MAX),
  code: z.string().trim().max(200).nullable().default(null),
  programme: slug.nullable().default(null),
  opensOn: isoDate.nullable().default(null),
  isRolling: z.boolean().default(false),
  deadlines: z.array(deadlineInput).default([]),
  introduction: optionalText,
  objectives: optionalText,
  infoContact: optionalText,
  partnersNeeded: tristate,
  partnersNote: optionalText,
  projectType: optionalText,
  budgetAmountEur: money,
  budgetNote: optionalText,
  expectedGrants: z.number().int().nonnegative().nullable().default(null),
  minContributionEur: money,
  maxContributionEur: money,
  cofinancingNote: optionalText,
  cofinancingShares: z.array(cofinancingShareInput).default([]),
  url: httpUrl.nullable().default(null),
  /** Where an applicant submits a proposal (the portal's submission page). */
  submissionUrl: httpUrl.nullable().default(null),
  parentCallCode: optionalText,
  parentCallTitle: optionalText,
  language,
  /** null: inherit the programme's themes. */
  themes: z.array(slug).nullable().default(null),
  /** null: inherit the programme's beneficiary types. */
  beneficiaryTypes: z.array(slug).nullable().default(null),
  links: z.array(z.object({ label: z.string().min(1), url: httpUrl })).default([]),
  contacts: z.array(contactInput).default([]),
  extraSections: z.array(freeSection).default([]),
  ...publication,
});

export type CallInput = z.infer<typeof callInput>;
export type CallInputDraft = z.input<typeof callInput>;
