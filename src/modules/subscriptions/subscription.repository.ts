import type { Kysely, Transaction } from "kysely";
import type { AlertSubscriptionKind, Database, Row } from "../../platform/db/schema.js";
import { hashToken, randomToken } from "../../platform/http/session.js";
import type { Lang } from "../../platform/i18n/translate.js";

/** How long a confirmation link works. */
export const CONFIRM_LIFETIME_MS = 7 * 86_400_000;

export interface SubscriptionRequest {
  email: string;
  language: Lang;
  kind: AlertSubscriptionKind;
  themeId: number | null;
  query: string | null;
  name: string;
}

export type Subscription = Row<"alertSubscriptions">;

/** Stores the confirmation mail in the transaction that makes its token, so a kept request always has its mail. */
export type ConfirmationSender = (trx: Transaction<Database>, token: string, addressId: number) => Promise<void>;

/**
 * Records that an address asks for alerts about a theme or a search, waiting for its
 * confirmation. Returns the token for the confirmation mail, or null when the address has
 * this subscription confirmed already (then no mail is needed). Asking again for one not
 * yet confirmed makes a new link; the earlier one stops working.
 */
export async function requestSubscription(
  db: Kysely<Database>,
  request: SubscriptionRequest,
  now: Date,
  send: ConfirmationSender = async () => {},
): Promise<string | null> {
  const at = now.toISOString();
  const token = randomToken();
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto("alertAddresses")
      .values({ email: request.email, language: request.language, createdAt: at })
      .onConflict((oc) => oc.column("email").doNothing())
      .execute();
    const address = await trx
      .selectFrom("alertAddresses")
      .select("id")
      .where("email", "=", request.email)
      .executeTakeFirstOrThrow();
    const subject = request.kind === "theme" ? `theme:${request.themeId}` : `search:${request.query}`;
    const existing = await trx
      .selectFrom("alertSubscriptions")
      .select(["id", "confirmedAt"])
      .where("addressId", "=", address.id)
      .where("subject", "=", subject)
      .executeTakeFirst();
    if (existing?.confirmedAt) return null;
    if (existing) {
      await trx
        .updateTable("alertSubscriptions")
        .set({ confirmTokenHash: hashToken(token), requestedAt: at })
        .where("id", "=", existing.id)
        .execute();
      await send(trx, token, address.id);
      return token;
    }
    await trx
      .insertInto("alertSubscriptions")
      .values({
        addressId: address.id,
        kind: request.kind,
        themeId: request.themeId,
        query: request.query,
        name: request.name,
        subject,
        confirmTokenHash: hashToken(token),
        requestedAt: at,
        confirmedAt: null,
        // What was published before the confirmation is not news to them.
        lastSeenAt: at,
      })
      .execute();
    await send(trx, token, address.id);
    return token;
  });
}

/** The subscription a confirmation link is for, while the link still works. */
export async function pendingSubscription(db: Kysely<Database>, token: string, now: Date) {
  return db
    .selectFrom("alertSubscriptions")
    .innerJoin("alertAddresses", "alertAddresses.id", "alertSubscriptions.addressId")
    .select(["alertSubscriptions.id", "alertSubscriptions.name", "alertSubscriptions.kind", "alertAddresses.email", "addressId"])
    .where("confirmTokenHash", "=", hashToken(token))
    .where("requestedAt", ">", new Date(now.getTime() - CONFIRM_LIFETIME_MS).toISOString())
    .executeTakeFirst();
}

/** Confirms the subscription of a live link, once: the address it belongs to, or undefined. */
export async function confirmSubscription(db: Kysely<Database>, token: string, now: Date): Promise<number | undefined> {
  const pending = await pendingSubscription(db, token, now);
  if (!pending) return undefined;
  const at = now.toISOString();
  const result = await db
    .updateTable("alertSubscriptions")
    .set({ confirmTokenHash: null, confirmedAt: at, lastSeenAt: at })
    .where("id", "=", pending.id)
    .where("confirmTokenHash", "=", hashToken(token))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? pending.addressId : undefined;
}

export async function addressOf(db: Kysely<Database>, addressId: number) {
  return db.selectFrom("alertAddresses").selectAll().where("id", "=", addressId).executeTakeFirst();
}

/** An address's confirmed subscriptions, oldest first: what the manage page lists. */
export async function subscriptionsOf(db: Kysely<Database>, addressId: number): Promise<Subscription[]> {
  return db
    .selectFrom("alertSubscriptions")
    .selectAll()
    .where("addressId", "=", addressId)
    .where("confirmedAt", "is not", null)
    .orderBy("id")
    .execute();
}

/**
 * Ends subscriptions of an address (all of them without `where`); an address left without any
 * is forgotten. Ending twice is ending once.
 */
export async function endSubscriptions(
  db: Kysely<Database>,
  addressId: number,
  which: { id: number } | { themeId: number } | { all: true },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    let query = trx.deleteFrom("alertSubscriptions").where("addressId", "=", addressId);
    if ("id" in which) query = query.where("id", "=", which.id);
    else if ("themeId" in which) query = query.where("kind", "=", "theme").where("themeId", "=", which.themeId);
    await query.execute();
    const left = await trx.selectFrom("alertSubscriptions").select("id").where("addressId", "=", addressId).executeTakeFirst();
    if (!left) await trx.deleteFrom("alertAddresses").where("id", "=", addressId).execute();
  });
}
