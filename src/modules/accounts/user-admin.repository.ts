import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import { highestRole, type Role } from "../../platform/http/visitor.js";

export interface UserListing {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  verified: boolean;
  deactivatedAt: string | null;
  createdAt: string;
}

export const USER_PAGE_SIZE = 50;

/** Users whose address or name contains the search, newest first; a page at a time. */
export async function listUsers(
  db: Kysely<Database>,
  search: string,
  page: number,
): Promise<{ users: UserListing[]; total: number }> {
  const words = search.trim().toLowerCase();
  const base = db
    .selectFrom("users")
    .$if(words !== "", (q) =>
      q.where((eb) =>
        eb.or([eb(eb.fn("lower", ["email"]), "like", `%${words}%`), eb(eb.fn("lower", ["name"]), "like", `%${words}%`)]),
      ),
    );
  const rows = await base
    .select(["id", "email", "name", "roles", "verifiedAt", "deactivatedAt", "createdAt"])
    .orderBy("createdAt", "desc")
    .orderBy("id", "desc")
    .limit(USER_PAGE_SIZE)
    .offset((page - 1) * USER_PAGE_SIZE)
    .execute();
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow();
  return {
    total: Number(total),
    users: rows.map((r) => ({
      id: r.id,
      email: r.email,
      name: r.name,
      role: highestRole(JSON.parse(r.roles) as string[]),
      verified: r.verifiedAt !== null,
      deactivatedAt: r.deactivatedAt,
      createdAt: r.createdAt,
    })),
  };
}

/**
 * A deactivated account keeps everything it has (follows, searches, profile) but can no
 * longer log in, and its open sessions end at once: in the same transaction, on every device.
 */
export async function deactivateUser(db: Kysely<Database>, id: number, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const changed = await trx
      .updateTable("users")
      .set({ deactivatedAt: now.toISOString() })
      .where("id", "=", id)
      .where("deactivatedAt", "is", null)
      .executeTakeFirst();
    await trx.deleteFrom("sessions").where("userId", "=", id).execute();
    await trx.deleteFrom("accountTokens").where("userId", "=", id).where("usedAt", "is", null).execute();
    return changed.numUpdatedRows === 1n;
  });
}

export async function reactivateUser(db: Kysely<Database>, id: number): Promise<boolean> {
  const changed = await db
    .updateTable("users")
    .set({ deactivatedAt: null })
    .where("id", "=", id)
    .where("deactivatedAt", "is not", null)
    .executeTakeFirst();
  return changed.numUpdatedRows === 1n;
}
