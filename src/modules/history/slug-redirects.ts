import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import type { EntityType, Trx, VersionedTable } from "./save-entity.js";

const TABLES: Record<EntityType, VersionedTable> = {
  call: "calls",
  programme: "programmes",
  event: "events",
  article: "articles",
  theme: "themes",
  beneficiary_type: "beneficiaryTypes",
  contact: "contacts",
};

/**
 * Remembers that `oldSlug` now means record `targetId`: after a slug change (saveEntity
 * calls this) or a merge (the merged record's slug points at the one it went into). A slug
 * that becomes live again stops redirecting, so an address never answers two ways.
 */
export async function redirectSlug(
  trx: Trx,
  entityType: EntityType,
  oldSlug: string,
  targetId: number,
  now: string,
): Promise<void> {
  await trx
    .insertInto("slugRedirects")
    .values({ entityType, oldSlug, targetId, createdAt: now })
    .onConflict((oc) => oc.columns(["entityType", "oldSlug"]).doUpdateSet({ targetId, createdAt: now }))
    .execute();
}

/** A live slug is no old address any more. */
export async function releaseSlug(trx: Trx, entityType: EntityType, slug: string): Promise<void> {
  await trx.deleteFrom("slugRedirects").where("entityType", "=", entityType).where("oldSlug", "=", slug).execute();
}

/** The current slug of the record an old address now points at, for a 301 from the public page. */
export async function redirectedSlug(db: Kysely<Database>, entityType: EntityType, oldSlug: string): Promise<string | undefined> {
  const table = TABLES[entityType] as "calls";
  const row = await db
    .selectFrom("slugRedirects")
    .innerJoin(table, `${table}.id`, "slugRedirects.targetId")
    .select(`${table}.slug as slug`)
    .where("slugRedirects.entityType", "=", entityType)
    .where("slugRedirects.oldSlug", "=", oldSlug)
    .executeTakeFirst();
  return row?.slug;
}

/** Another record's old address: taking it as a slug would silently break that redirect. */
export async function slugRedirectsElsewhere(
  db: Kysely<Database> | Trx,
  entityType: EntityType,
  slug: string,
  id: number | undefined,
): Promise<boolean> {
  const row = await db
    .selectFrom("slugRedirects")
    .select("targetId")
    .where("entityType", "=", entityType)
    .where("oldSlug", "=", slug)
    .executeTakeFirst();
  return row !== undefined && row.targetId !== id;
}

/** Old addresses of a record that goes into another (a merge) answer with the other from now on. */
export async function retargetRedirects(trx: Trx, entityType: EntityType, fromId: number, toId: number): Promise<void> {
  await trx
    .updateTable("slugRedirects")
    .set({ targetId: toId })
    .where("entityType", "=", entityType)
    .where("targetId", "=", fromId)
    .execute();
}
