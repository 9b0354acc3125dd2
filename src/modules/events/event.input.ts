import { z } from "zod";
import { httpUrl, instant, language, optionalText, publication, slug, TITLE_MAX } from "../history/entity-input.js";

export const eventInput = z
  .object({
    slug,
    title: z.string().trim().min(1).max(TITLE_MAX),
    summary: optionalText,
    body: optionalText,
    startsAt: instant,
    endsAt: instant.nullable().default(null),
    isOnline: z.boolean().default(false),
    location: optionalText,
    organiser: optionalText,
    contactName: optionalText,
    contactEmail: z.email().nullable().default(null),
    registrationUrl: httpUrl.nullable().default(null),
    recordingUrl: httpUrl.nullable().default(null),
    language,
    calls: z.array(slug).default([]),
    ...publication,
  })
  .refine((e) => !e.endsAt || Date.parse(e.endsAt) >= Date.parse(e.startsAt), {
    message: "het einde ligt voor het begin",
    path: ["endsAt"],
  });

export type EventInput = z.infer<typeof eventInput>;
export type EventInputDraft = z.input<typeof eventInput>;
