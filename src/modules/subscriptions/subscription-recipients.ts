import type { RecipientSearch, RecipientSource } from "../alerts/recipient.js";
import { DEFAULT_FREQUENCY } from "../alerts/recipient.js";
import { manageKeySigner } from "./manage-key.js";
import { endSubscriptions } from "./subscription.repository.js";
import { subscriptionPaths } from "./subscription-paths.js";

/**
 * Addresses with confirmed subscriptions, one recipient per address with all its themes and
 * searches. They follow no calls, so no reminders; their settings are the manage page.
 */
export const subscriptionRecipients: RecipientSource = {
  prefix: "subscription",
  async page(db, afterId, limit) {
    const addresses = await db
      .selectFrom("alertAddresses")
      .select(["id", "email", "language"])
      .where("id", ">", afterId)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom("alertSubscriptions")
            .select("id")
            .whereRef("alertSubscriptions.addressId", "=", "alertAddresses.id")
            .where("confirmedAt", "is not", null),
        ),
      )
      .orderBy("id")
      .limit(limit)
      .execute();
    if (addresses.length === 0) return [];
    const subscriptions = await db
      .selectFrom("alertSubscriptions")
      .select(["id", "addressId", "kind", "themeId", "query", "name", "lastSeenAt"])
      .where(
        "addressId",
        "in",
        addresses.map((a) => a.id),
      )
      .where("confirmedAt", "is not", null)
      .orderBy("id")
      .execute();
    // The key row's creation stamp is all the clock is used for here.
    const sign = await manageKeySigner(db, new Date());
    return addresses.map((address) => {
      const own = subscriptions.filter((s) => s.addressId === address.id);
      const language = address.language === "en" ? "en" : "nl";
      const searches: RecipientSearch[] = own.flatMap((s) =>
        s.kind === "search" && s.query !== null ? [{ id: s.id, name: s.name, query: s.query, lastSeenAt: s.lastSeenAt }] : [],
      );
      return {
        id: address.id,
        recipient: {
          key: `subscription:${address.id}`,
          email: address.email,
          language,
          frequency: DEFAULT_FREQUENCY,
          follows: { theme: own.flatMap((s) => (s.themeId === null ? [] : [s.themeId])), programme: [], call: [] },
          searches,
          reminderDays: [],
          settingsPath: subscriptionPaths(language).manageLink(sign(address.id)),
        },
      };
    });
  },
  async markSearchesSeen(trx, id, searchIds, at) {
    if (searchIds.length === 0) return;
    await trx
      .updateTable("alertSubscriptions")
      .set({ lastSeenAt: at })
      .where("addressId", "=", id)
      .where("kind", "=", "search")
      .where("id", "in", [...searchIds])
      .where("lastSeenAt", "<", at)
      .execute();
  },
  async stop(db, id, target) {
    if (target.kind === "digest") return endSubscriptions(db, id, { all: true });
    if (target.kind === "follow") {
      if (target.type === "theme") await endSubscriptions(db, id, { themeId: target.id });
      return;
    }
    await endSubscriptions(db, id, { id: target.id });
  },
};
