import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import { exportFollowing } from "../following/following.export.js";
import { findUserById } from "./user.repository.js";

/** Everything the guide keeps about a member, as they would read it; secrets (hashes, session ids) stay out. */
export async function exportAccount(db: Kysely<Database>, userId: number) {
  const user = await findUserById(db, userId);
  if (!user) return null;
  const sessions = await db
    .selectFrom("sessions")
    .select(["createdAt", "lastSeenAt", "expiresAt"])
    .where("userId", "=", userId)
    .orderBy("createdAt")
    .execute();
  return {
    account: {
      email: user.email,
      name: user.name,
      language: user.language,
      roles: JSON.parse(user.roles) as string[],
      organisationName: user.organisationName,
      organisationTypeId: user.organisationTypeId,
      region: user.region,
      confirmedAt: user.verifiedAt,
      createdAt: user.createdAt,
    },
    sessions,
    following: await exportFollowing(db, userId),
  };
}
