import { z } from "@hono/zod-openapi";

/**
 * A query parameter that may repeat (?status=open&status=forthcoming), as the site's
 * search URLs write them: one value arrives as a string, several as an array.
 */
export function repeatable<T extends z.ZodType>(value: T, description: string) {
  return z
    .preprocess((v) => (v === undefined || Array.isArray(v) ? v : [v]), z.array(value).max(20))
    .optional()
    .openapi({ description, param: { style: "form", explode: true } });
}

export const pageParams = {
  page: z.coerce.number().int().min(1).max(1000).default(1).openapi({ description: "Page number, from 1.", example: 1 }),
  size: z.coerce.number().int().min(1).max(100).default(20).openapi({ description: "Items per page (1-100).", example: 20 }),
};

export const slugParam = z.object({
  slug: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: "slug", in: "path" }, description: "The record's slug, as in its page URL." }),
});

/** A page of items out of a larger whole. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

export function pageCount(page: Pick<Page<unknown>, "total" | "size">): number {
  return Math.max(1, Math.ceil(page.total / page.size));
}

/** Slices an in-memory list (programmes, themes: a few dozen) into the requested page. */
export function pageOf<T>(all: T[], page: number, size: number): Page<T> {
  return { items: all.slice((page - 1) * size, page * size), total: all.length, page, size };
}
