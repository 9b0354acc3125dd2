import { z } from "@hono/zod-openapi";

const localized = z.object({ nl: z.string(), en: z.string() });

export const NamedRef = z
  .object({ slug: z.string(), name: localized })
  .openapi("NamedRef", { description: "A theme or beneficiary type, named in both languages." });

export const Deadline = z
  .object({
    at: z.iso.datetime().openapi({
      description: "The instant (UTC). A date-only deadline ends at 23:59:59.999 Brussels time.",
      example: "2027-03-29T15:00:00.000Z",
    }),
    date: z.iso.date().openapi({ description: "Brussels calendar date.", example: "2027-03-29" }),
    time: z
      .string()
      .nullable()
      .openapi({ description: "Brussels wall-clock time (HH:MM), null for a date-only deadline.", example: "17:00" }),
    timeZone: z.literal("Europe/Brussels"),
    label: z.string().nullable().openapi({ example: "stage 1" }),
  })
  .openapi("Deadline");

const status = z.enum(["forthcoming", "open", "closed"]).openapi({ description: "Derived from the dates at request time." });

export const CallSummary = z
  .object({
    slug: z.string(),
    title: z.string(),
    code: z.string().nullable(),
    language: z.string(),
    status,
    opensOn: z.iso.date().nullable(),
    rolling: z.boolean(),
    nextDeadline: Deadline.nullable().openapi({
      description: "The first deadline still ahead; null when none is known or all have passed.",
    }),
    programme: z
      .object({
        slug: z.string(),
        name: z.string(),
        nameEn: z.string().nullable().openapi({ description: "English name; null when none is written yet." }),
        shortName: z.string().nullable(),
      })
      .nullable(),
    partnersNeeded: z.enum(["yes", "no", "sometimes"]).nullable().openapi({
      description:
        "European partners needed: the call's own rule, or its programme's when the call sets none (as the partners filter reads it); null when neither says.",
    }),
    partnersInherited: z.boolean().openapi({ description: "True when partnersNeeded is the programme's rule." }),
    introduction: z.string().nullable().openapi({ description: "Markdown." }),
    updatedAt: z.iso.datetime(),
    links: z.object({ self: z.url(), html: localized }),
  })
  .openapi("CallSummary");

const contact = z.object({
  name: z.string(),
  role: z.string().nullable(),
  organisation: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  website: z.string().nullable(),
});
export const Contact = contact.openapi("Contact");

export const CallDetail = CallSummary.extend({
  deadlines: z.array(Deadline),
  objectives: z.string().nullable(),
  infoContact: z.string().nullable(),
  themes: z.array(NamedRef),
  themesInherited: z.boolean().openapi({ description: "True when the themes are the programme's." }),
  beneficiaryTypes: z.array(NamedRef),
  beneficiaryTypesInherited: z.boolean(),
  partnersNote: z
    .string()
    .nullable()
    .openapi({ description: "The call's note on partners, or its programme's when partnersNeeded is the programme's rule." }),
  projectType: z.string().nullable(),
  funding: z.object({
    budgetEur: z.number().nullable(),
    budgetNote: z.string().nullable(),
    expectedGrants: z.number().nullable(),
    minContributionEur: z.number().nullable(),
    maxContributionEur: z.number().nullable(),
    cofinancingShares: z.array(z.object({ source: z.string(), bound: z.enum(["max", "min"]), percent: z.number() })),
    cofinancingNote: z.string().nullable(),
  }),
  parentCall: z.object({ code: z.string(), title: z.string().nullable() }).nullable(),
  sourceUrl: z.string().nullable(),
  /** Where a proposal is submitted. */
  submissionUrl: z.string().nullable(),
  links: z.object({
    self: z.url(),
    html: localized,
    calendar: z.url(),
    more: z.array(z.object({ label: z.string(), url: z.string() })),
  }),
  contacts: z.array(Contact),
  events: z.array(
    z.object({
      slug: z.string(),
      title: z.string(),
      startsAt: z.iso.datetime(),
      endsAt: z.iso.datetime().nullable(),
      online: z.boolean(),
    }),
  ),
  publishedAt: z.iso.datetime().nullable(),
}).openapi("CallDetail");
