import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";

/**
 * The key of an address's manage page, signed rather than stored: every mail to the address
 * (the confirmation, each digest) can carry it, and a link in an old mail keeps working. The
 * secret lives in the database, so every process signs and checks alike.
 */
const KEY_NAME = "subscriptions";

async function secret(db: Kysely<Database>, now: Date): Promise<string> {
  await db
    .insertInto("linkKeys")
    .values({ name: KEY_NAME, secret: randomBytes(32).toString("base64url"), createdAt: now.toISOString() })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  const row = await db.selectFrom("linkKeys").select("secret").where("name", "=", KEY_NAME).executeTakeFirstOrThrow();
  return row.secret;
}

function signature(key: string, addressId: number): string {
  return createHmac("sha256", key).update(`alert-address:${addressId}`).digest("base64url");
}

/** Signs manage keys ("42.<signature>") with one read of the secret, for a batch of addresses. */
export async function manageKeySigner(db: Kysely<Database>, now: Date): Promise<(addressId: number) => string> {
  const key = await secret(db, now);
  return (addressId) => `${addressId}.${signature(key, addressId)}`;
}

/** The manage key for one address. */
export async function manageKey(db: Kysely<Database>, addressId: number, now: Date): Promise<string> {
  return (await manageKeySigner(db, now))(addressId);
}

/** The address a manage key is for, when its signature holds. */
export async function addressOfKey(db: Kysely<Database>, key: string, now: Date): Promise<number | undefined> {
  const [rawId = "", given = ""] = key.split(".");
  const id = Number(rawId);
  if (!Number.isSafeInteger(id) || id <= 0) return undefined;
  const expected = Buffer.from(signature(await secret(db, now), id));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? id : undefined;
}
