import { z } from "zod";
import { isValidDate, isValidTime } from "../../platform/time/brussels.js";

/** Pieces shared by the input schemas of every catalogue entity. */
export const slug = z
  .string()
  .min(1)
  .max(160)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "alleen kleine letters, cijfers en koppeltekens");
/**
 * A title is read in a line or two, so it has a bound, but a generous one: real records must
 * never be refused for length (the EU portal's longest titles run past 250 characters).
 */
export const TITLE_MAX = 2000;
export const optionalText = z.string().trim().max(100_000).nullable().default(null);
export const isoDate = z.string().refine(isValidDate, "geen geldige datum (JJJJ-MM-DD)");
export const clockTime = z.string().refine(isValidTime, "geen geldig uur (UU:MM)");
export const instant = z.iso.datetime({ offset: true, message: "geen geldig tijdstip (ISO 8601)" });
export const tristate = z.enum(["yes", "no", "sometimes"]).nullable().default(null);
export const language = z.enum(["nl", "en"]).default("nl");
export const money = z.number().nonnegative().finite().nullable().default(null);
export const httpUrl = z.url({ protocol: /^https?$/, message: "geen geldige webadres (http of https)" });

export const freeSection = z.object({ heading: z.string().min(1), body: z.string() });
export type FreeSection = z.infer<typeof freeSection>;

export const contactInput = z.object({
  label: z.string().nullable().default(null),
  name: z.string().trim().min(1),
  role: optionalText,
  organisation: optionalText,
  email: z.email().nullable().default(null),
  phone: optionalText,
  address: optionalText,
  website: httpUrl.nullable().default(null),
});
export type ContactInput = z.infer<typeof contactInput>;

/** Workflow and provenance, the same for programmes, calls, events and articles. */
export const publication = {
  state: z.enum(["draft", "scheduled", "published", "unpublished", "archived"]).default("published"),
  publishAt: instant.nullable().default(null),
  publishedAt: instant.nullable().default(null),
  publishedBy: z.string().nullable().default(null),
  source: z.string().min(1).default("manual"),
  externalId: z.string().nullable().default(null),
};
