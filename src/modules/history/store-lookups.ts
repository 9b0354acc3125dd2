import type { EntityStore, Trx } from "./save-entity.js";

type Published = "calls" | "programmes" | "events" | "articles";

/** How saveEntity finds an existing record: by importer source and id, or by slug. */
export function storeLookups(table: Published): Pick<EntityStore<never>, "findIdBySlug" | "findIdBySource"> {
  return {
    async findIdBySlug(trx: Trx, slug: string) {
      return (
        await trx
          .selectFrom(table as "calls")
          .select("id")
          .where("slug", "=", slug)
          .executeTakeFirst()
      )?.id;
    },
    async findIdBySource(trx: Trx, source: string, externalId: string) {
      return (
        await trx
          .selectFrom(table as "calls")
          .select("id")
          .where("source", "=", source)
          .where("externalId", "=", externalId)
          .executeTakeFirst()
      )?.id;
    },
  };
}
