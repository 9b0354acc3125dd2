import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import type { SearchService } from "../search/search.service.js";
import { parseSearchParams } from "../search/search.types.js";

/** Counting stops here; the page says "at least" beyond it. */
const NEW_RESULTS_CAP = 200;
// Most saved searches have a few new results at most: a small first page usually settles the count.
const PAGE_SIZE = 50;

/**
 * How many results of a saved search were published after the member last looked. The
 * search runs newest first (by publication), so counting stops at the first older result.
 */
export async function countNewResults(
  db: Kysely<Database>,
  search: SearchService,
  saved: { query: string; lastSeenAt: string },
  now: Date,
): Promise<{ count: number; capped: boolean }> {
  const { query } = parseSearchParams(new URLSearchParams(saved.query));
  let count = 0;
  for (let page = 1; count < NEW_RESULTS_CAP; page++) {
    const result = await search.search({ ...query, sort: "newest", page, pageSize: PAGE_SIZE }, now);
    if (result.hits.length === 0) break;
    const dates = await db
      .selectFrom("searchDocuments")
      .select(["entityType", "entityId", "sortDate"])
      .where((eb) => eb.or(result.hits.map((hit) => eb.and([eb("entityType", "=", hit.type), eb("entityId", "=", hit.id)]))))
      .execute();
    const dateOf = new Map(dates.map((d) => [`${d.entityType}:${d.entityId}`, d.sortDate]));
    for (const hit of result.hits) {
      if ((dateOf.get(`${hit.type}:${hit.id}`) ?? "") <= saved.lastSeenAt) return { count, capped: false };
      count++;
    }
    if (page >= result.pageCount) break;
  }
  return { count: Math.min(count, NEW_RESULTS_CAP), capped: count >= NEW_RESULTS_CAP };
}
