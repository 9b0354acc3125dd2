import type { DigestFrequency, FollowSubjectType } from "../../platform/db/schema.js";
import { follow, setFollowMuted } from "../following/follows.repository.js";
import { parseReminderDays, setFrequency } from "./notification-settings.repository.js";
import { DEFAULT_FREQUENCY, DEFAULT_REMINDER_DAYS, type Recipient, type RecipientSource } from "./recipient.js";

/**
 * Members with a confirmed address, their unmuted follows and their saved searches that may
 * mail (frequency not "none"). Three queries a batch, whatever its size.
 */
export const memberRecipients: RecipientSource = {
  prefix: "user",
  async page(db, afterId, limit) {
    const users = await db
      .selectFrom("users")
      .leftJoin("notificationSettings", "notificationSettings.userId", "users.id")
      .select([
        "users.id",
        "users.email",
        "users.language",
        "notificationSettings.frequency",
        "notificationSettings.reminderDays",
      ])
      .where("users.id", ">", afterId)
      .where("users.verifiedAt", "is not", null)
      .where("users.deactivatedAt", "is", null)
      .orderBy("users.id")
      .limit(limit)
      .execute();
    if (users.length === 0) return [];
    const ids = users.map((u) => u.id);
    const [follows, searches] = await Promise.all([
      db
        .selectFrom("follows")
        .select(["userId", "subjectType", "subjectId"])
        .where("userId", "in", ids)
        .where("muted", "=", 0)
        .execute(),
      db
        .selectFrom("savedSearches")
        .select(["id", "userId", "name", "query", "lastSeenAt"])
        .where("userId", "in", ids)
        .where("frequency", "!=", "none")
        .orderBy("id")
        .execute(),
    ]);
    const byUser = new Map(
      users.map((u) => {
        const recipient: Recipient & { follows: Record<FollowSubjectType, number[]>; searches: Recipient["searches"][number][] } =
          {
            key: `user:${u.id}`,
            email: u.email,
            language: u.language === "en" ? "en" : "nl",
            frequency: (u.frequency as DigestFrequency | null) ?? DEFAULT_FREQUENCY,
            follows: { theme: [], programme: [], call: [] },
            searches: [],
            reminderDays: u.reminderDays ? parseReminderDays(u.reminderDays) : DEFAULT_REMINDER_DAYS,
          };
        return [u.id, recipient];
      }),
    );
    for (const f of follows) byUser.get(f.userId)?.follows[f.subjectType].push(f.subjectId);
    for (const s of searches)
      byUser.get(s.userId)?.searches.push({ id: s.id, name: s.name, query: s.query, lastSeenAt: s.lastSeenAt });
    return [...byUser].map(([id, recipient]) => ({ id, recipient }));
  },
  async markSearchesSeen(trx, id, searchIds, at) {
    if (searchIds.length === 0) return;
    await trx
      .updateTable("savedSearches")
      .set({ lastSeenAt: at })
      .where("userId", "=", id)
      .where("id", "in", [...searchIds])
      .where("lastSeenAt", "<", at)
      .execute();
  },
  async stop(db, id, target, now) {
    if (target.kind === "digest") return setFrequency(db, id, "off", now);
    if (target.kind === "follow") return setFollowMuted(db, id, target.type, target.id, true);
    await db
      .updateTable("savedSearches")
      .set({ frequency: "none" })
      .where("userId", "=", id)
      .where("id", "=", target.id)
      .execute();
  },
  async searchName(db, id, searchId) {
    const row = await db
      .selectFrom("savedSearches")
      .select("name")
      .where("id", "=", searchId)
      .where("userId", "=", id)
      .executeTakeFirst();
    return row?.name;
  },
  followCall: (db, id, callId, now) => follow(db, id, "call", callId, now),
};
