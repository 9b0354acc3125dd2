import { z } from "@hono/zod-openapi";
import { Contact, NamedRef } from "./call.schemas.js";

const localized = z.object({ nl: z.string(), en: z.string() });
const links = z.object({ self: z.url(), html: localized });

export const ProgrammeSummary = z
  .object({
    slug: z.string(),
    name: z.string(),
    nameEn: z.string().nullable().openapi({ description: "English name; null when none is written yet." }),
    shortName: z.string().nullable(),
    period: z.string().nullable(),
    managementMode: z.enum(["direct", "shared", "indirect"]).nullable(),
    introduction: z.string().nullable().openapi({ description: "Markdown." }),
    stub: z.boolean().openapi({ description: "True for a programme known only by name (for instance from a synergy)." }),
    links: links.extend({ calls: z.url() }),
  })
  .openapi("ProgrammeSummary");

export const ProgrammeDetail = ProgrammeSummary.extend({
  managingBodies: z.string().nullable(),
  objectives: z.string().nullable(),
  keyActions: z.array(
    z.object({
      title: z.string(),
      lead: z.string().nullable().optional().openapi({ description: "Markdown shown before the items." }),
      items: z.array(z.string()),
      note: z.string().nullable().optional(),
    }),
  ),
  goodToKnow: z.object({
    projectTypes: z.string().nullable(),
    partnersNeeded: z.enum(["yes", "no", "sometimes"]).nullable(),
    partnersNote: z.string().nullable(),
    cofinancing: z.string().nullable().openapi({ description: '"tbc" when not yet known.' }),
    maxDuration: z.string().nullable(),
    applicationProcedure: z.string().nullable(),
  }),
  legislation: z.array(z.object({ reference: z.string(), title: z.string().nullable(), url: z.string().nullable() })),
  budget: z.object({ amountEur: z.number().nullable(), note: z.string().nullable() }),
  synergies: z.array(
    z.object({ slug: z.string(), name: z.string(), shortName: z.string().nullable(), label: z.string().nullable() }),
  ),
  themes: z.array(NamedRef),
  beneficiaryTypes: z.array(NamedRef),
  contacts: z.array(Contact.extend({ label: z.string().nullable() })),
  website: z.string().nullable(),
  language: z.string(),
  updatedAt: z.iso.datetime(),
}).openapi("ProgrammeDetail");

export const Event = z
  .object({
    slug: z.string(),
    title: z.string(),
    summary: z.string().nullable(),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime().nullable(),
    online: z.boolean(),
    location: z.string().nullable(),
    organiser: z.string().nullable(),
    contact: z.object({ name: z.string().nullable(), email: z.string().nullable() }),
    registrationUrl: z.string().nullable(),
    recordingUrl: z.string().nullable(),
    language: z.string(),
    publishedAt: z.iso.datetime().nullable(),
    publishedBy: z.string().nullable(),
    updatedAt: z.iso.datetime(),
    links: links.extend({ calendar: z.url() }),
  })
  .openapi("Event");

export const EventDetail = Event.extend({
  body: z.string().nullable().openapi({ description: "Markdown." }),
  calls: z.array(z.object({ slug: z.string(), title: z.string(), code: z.string().nullable(), self: z.url() })),
}).openapi("EventDetail");

export const Taxonomy = z
  .object({
    slug: z.string(),
    name: localized,
    description: z.string().nullable(),
    links: links.extend({ calls: z.url() }),
  })
  .openapi("TaxonomyTerm", { description: "A theme or beneficiary type." });

export const ThemeDetail = Taxonomy.extend({
  contact: Contact.nullable().openapi({ description: "The guide's contact person for this theme." }),
}).openapi("ThemeDetail");

export const Problem = z
  .object({
    type: z.string(),
    title: z.string().openapi({ description: "In Dutch or English, after Accept-Language." }),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ param: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem", { description: "RFC 9457 problem details." });

export function pageSchema<T extends z.ZodType, E extends z.ZodRawShape = Record<never, never>>(
  item: T,
  name: string,
  extra?: E,
) {
  return z
    .object({
      items: z.array(item),
      total: z.number().int(),
      page: z.number().int(),
      size: z.number().int(),
      pageCount: z.number().int(),
      ...(extra as E),
    })
    .openapi(name);
}
