import { AppError } from "../../errors.js";
import type { ContactInput } from "./entity-input.js";
import type { Trx } from "./save-entity.js";

type SlugTable = "themes" | "beneficiaryTypes" | "programmes" | "calls";

/** Ids for slugs, in the given order; an unknown slug is bad input, not a silent drop. */
export async function idsForSlugs(trx: Trx, table: SlugTable, slugs: readonly string[]): Promise<number[]> {
  if (slugs.length === 0) return [];
  const rows = await trx
    .selectFrom(table)
    .select(["id", "slug"])
    .where("slug", "in", [...slugs])
    .execute();
  const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
  return slugs.map((slug) => {
    const id = bySlug.get(slug);
    if (id === undefined) throw new AppError("invalid_input", `unknown ${table} "${slug}"`);
    return id;
  });
}

export async function slugsForIds(trx: Trx, table: SlugTable, ids: readonly number[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await trx
    .selectFrom(table)
    .select(["id", "slug"])
    .where("id", "in", [...ids])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r.slug]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Slugs sorted, so the order an importer or editor lists them in never counts as a change. */
export async function sortedSlugsForIds(trx: Trx, table: SlugTable, ids: readonly number[]): Promise<string[]> {
  return (await slugsForIds(trx, table, ids)).sort();
}

export function contactFromRow(
  row: {
    name: string;
    role: string | null;
    organisation: string | null;
    email: string | null;
    phone: string | null;
    address: string | null;
    website: string | null;
  },
  label: string | null,
): ContactInput {
  return {
    label,
    name: row.name,
    role: row.role,
    organisation: row.organisation,
    email: row.email,
    phone: row.phone,
    address: row.address,
    website: row.website,
  };
}
