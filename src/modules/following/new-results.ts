import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import type { SearchService } from "../search/search.service.js";
import type { SearchEntityType } from "../search/search.types.js";
import { parseSearchParams } from "../search/search.types.js";

/** Counting stops here; the page says "at least" beyond it. */
const NEW_RESULTS_CAP = 200;
// Most saved searches have a few new results at most: a small first page usually settles the count.
const PAGE_SIZE = 50;

export interface DatedResult {
  type: SearchEntityType;
  id: number;
  /** When it was published, as the search orders "newest". */
  sortDate: string;
}

/**
 * The results of a saved search's query, newest publication first, a page at a time: the
 * reader of Mijn gids' counts and of the digests, so both call the same results new.
 */
export async function* resultsNewestFirst(
  db: Kysely<Database>,
  search: SearchService,
  savedQuery: string,
  now: Date,
): AsyncGenerator<DatedResult[]> {
  const { query } = parseSearchParams(new URLSearchParams(savedQuery));
  for (let page = 1; ; page++) {
    const result = await search.search({ ...query, sort: "newest", page, pageSize: PAGE_SIZE }, now);
    if (result.hits.length === 0) return;
    const dates = await db
      .selectFrom("searchDocuments")
      .select(["entityType", "entityId", "sortDate"])
      .where((eb) => eb.or(result.hits.map((hit) => eb.and([eb("entityType", "=", hit.type), eb("entityId", "=", hit.id)]))))
      .execute();
    const dateOf = new Map(dates.map((d) => [`${d.entityType}:${d.entityId}`, d.sortDate]));
    yield result.hits.map((hit) => ({ type: hit.type, id: hit.id, sortDate: dateOf.get(`${hit.type}:${hit.id}`) ?? "" }));
    if (page >= result.pageCount) return;
  }
}

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
  let count = 0;
  for await (const page of resultsNewestFirst(db, search, saved.query, now)) {
    for (const hit of page) {
      if (hit.sortDate <= saved.lastSeenAt) return { count, capped: false };
      count++;
    }
    if (count >= NEW_RESULTS_CAP) break;
  }
  return { count: Math.min(count, NEW_RESULTS_CAP), capped: count >= NEW_RESULTS_CAP };
}
