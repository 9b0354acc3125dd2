import type { Kysely } from "kysely";
import type { Database, Row, SearchFrequency } from "../../platform/db/schema.js";

export type SavedSearch = Row<"savedSearches">;

export async function createSavedSearch(
  db: Kysely<Database>,
  userId: number,
  search: { name: string; query: string; frequency: SearchFrequency },
  now: Date,
): Promise<number | "duplicate_name"> {
  const taken = await db
    .selectFrom("savedSearches")
    .select("id")
    .where("userId", "=", userId)
    .where("name", "=", search.name)
    .executeTakeFirst();
  if (taken) return "duplicate_name";
  const at = now.toISOString();
  const { id } = await db
    .insertInto("savedSearches")
    .values({ userId, ...search, lastSeenAt: at, createdAt: at })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export function findSavedSearch(db: Kysely<Database>, id: number): Promise<SavedSearch | undefined> {
  return db.selectFrom("savedSearches").selectAll().where("id", "=", id).executeTakeFirst();
}

export function savedSearchesOf(db: Kysely<Database>, userId: number): Promise<SavedSearch[]> {
  return db.selectFrom("savedSearches").selectAll().where("userId", "=", userId).orderBy("name").orderBy("id").execute();
}

/** Looking at the results makes them old: the count of new ones starts again from now. */
export async function markSeen(db: Kysely<Database>, id: number, now: Date) {
  await db.updateTable("savedSearches").set({ lastSeenAt: now.toISOString() }).where("id", "=", id).execute();
}

export async function deleteSavedSearch(db: Kysely<Database>, id: number) {
  await db.deleteFrom("savedSearches").where("id", "=", id).execute();
}
