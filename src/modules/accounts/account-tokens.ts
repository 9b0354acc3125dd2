import type { ExpressionBuilder, Kysely } from "kysely";
import type { AccountTokenPurpose, Database } from "../../platform/db/schema.js";
import { hashToken, randomToken } from "../../platform/http/session.js";

/** How long a mailed link works. */
export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  confirm: 48 * 60 * 60 * 1000,
  email: 24 * 60 * 60 * 1000,
  reset: 60 * 60 * 1000,
  login: 15 * 60 * 1000,
};

/**
 * A new link for a user and purpose; earlier unused links for the same purpose stop
 * working, so only the latest mail counts. Only the hash is stored.
 */
export async function issueToken(
  db: Kysely<Database>,
  userId: number,
  purpose: AccountTokenPurpose,
  now: Date,
  newEmail: string | null = null,
): Promise<string> {
  const token = randomToken();
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("accountTokens").where("userId", "=", userId).where("purpose", "=", purpose).execute();
    await trx
      .insertInto("accountTokens")
      .values({
        tokenHash: hashToken(token),
        userId,
        purpose,
        newEmail,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]).toISOString(),
      })
      .execute();
  });
  return token;
}

export interface LiveToken {
  userId: number;
  purpose: AccountTokenPurpose;
  newEmail: string | null;
}

/** Whether a link still works, without using it (the page it opens asks for a click first). */
export async function peekToken(
  db: Kysely<Database>,
  token: string,
  purposes: AccountTokenPurpose[],
  now: Date,
): Promise<LiveToken | null> {
  const row = await db
    .selectFrom("accountTokens")
    .select(["userId", "purpose", "newEmail"])
    .where(liveToken(token, purposes, now))
    .executeTakeFirst();
  return row ?? null;
}

/**
 * Uses a link once: one UPDATE that only a live, unused token passes, so two clicks at
 * the same moment (or two processes) cannot both succeed.
 */
export async function consumeToken(
  db: Kysely<Database>,
  token: string,
  purposes: AccountTokenPurpose[],
  now: Date,
): Promise<LiveToken | null> {
  const row = await db
    .updateTable("accountTokens")
    .set({ usedAt: now.toISOString() })
    .where(liveToken(token, purposes, now))
    .returning(["userId", "purpose", "newEmail"])
    .executeTakeFirst();
  return row ?? null;
}

/** The one definition of a link that still works: its own hash and purpose, unused, not expired. */
function liveToken(token: string, purposes: AccountTokenPurpose[], now: Date) {
  return (eb: ExpressionBuilder<Database, "accountTokens">) =>
    eb.and([
      eb("tokenHash", "=", hashToken(token)),
      eb("purpose", "in", purposes),
      eb("usedAt", "is", null),
      eb("expiresAt", ">", now.toISOString()),
    ]);
}
