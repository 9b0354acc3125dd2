import { z } from "zod";
import { parseSearchParams, toSearchParams } from "../search/search.types.js";

export const FREQUENCIES = ["none", "daily", "weekly"] as const;

/** A search as the form posts it: a name, how often to hear about it, and the search itself. */
export const savedSearchForm = z.object({
  name: z.string().trim().min(1, "name_missing").max(120, "name_too_long"),
  frequency: z.enum(FREQUENCIES, "frequency_invalid"),
  query: z.string().max(4000, "query_too_long"),
});

export type SavedSearchForm = z.infer<typeof savedSearchForm>;

/** The search parameters in canonical form, without the page: what a saved search keeps. */
export function canonicalQuery(raw: string): string {
  const { query } = parseSearchParams(new URLSearchParams(raw));
  return toSearchParams({ ...query, page: 1 }).toString();
}
