import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import type { EntityType } from "../history/save-entity.js";
import { redirectedSlug } from "../history/slug-redirects.js";

/** A field of a form that names records of one kind by slug: one (a call's programme) or a list (its themes). */
export interface RecordReference {
  type: EntityType;
  table: "programmes" | "themes" | "beneficiaryTypes" | "calls";
}

export interface UnknownReference {
  field: string;
  slug: string;
}

/**
 * The input with every slug it names pointing at a record that exists now. A slug that
 * became an old address (the record was renamed, or merged into another) is replaced by
 * the record's current one, so a change saved before a merge can still be published; a slug
 * nobody has is reported rather than saved.
 */
export async function followReferences<I extends Record<string, unknown>>(
  db: Kysely<Database>,
  references: Record<string, RecordReference>,
  input: I,
): Promise<{ input: I; unknown: UnknownReference[] }> {
  const followed: Record<string, unknown> = { ...input };
  const unknown: UnknownReference[] = [];
  for (const [field, reference] of Object.entries(references)) {
    const value = input[field];
    const slugs = typeof value === "string" ? [value] : Array.isArray(value) ? (value as string[]) : [];
    if (slugs.length === 0) continue;
    const live = await db
      .selectFrom(reference.table as "calls")
      .select("slug")
      .where("slug", "in", slugs)
      .execute();
    const known = new Set(live.map((row) => row.slug));
    const current: string[] = [];
    for (const slug of slugs) {
      const now = known.has(slug) ? slug : await redirectedSlug(db, reference.type, slug);
      if (now === undefined) unknown.push({ field, slug });
      else if (!current.includes(now)) current.push(now);
    }
    followed[field] = typeof value === "string" ? (current[0] ?? value) : current;
  }
  return { input: followed as I, unknown };
}
