import { z } from "zod";
import { language, optionalText, publication, slug, TITLE_MAX } from "../history/entity-input.js";

export const articleInput = z.object({
  slug,
  title: z.string().trim().min(1).max(TITLE_MAX),
  subtitle: optionalText,
  body: optionalText,
  language,
  themes: z.array(slug).default([]),
  programmes: z.array(slug).default([]),
  ...publication,
});

export type ArticleInput = z.infer<typeof articleInput>;
export type ArticleInputDraft = z.input<typeof articleInput>;
