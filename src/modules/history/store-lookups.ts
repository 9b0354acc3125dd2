import type { EntityStore, Trx } from "./save-entity.js";

type Published = "calls" | "programmes" | "events" | "articles";

/** Where a published entity lives and how saveEntity finds it: by importer source and id, or by slug. */
export function storeLookups(table: Published): Pick<EntityStore<never>, "table" | "findIdBySlug" | "findIdBySource"> {
  return {
    table,
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
