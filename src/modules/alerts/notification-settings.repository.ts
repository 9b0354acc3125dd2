import type { Kysely } from "kysely";
import type { Database, DigestFrequency } from "../../platform/db/schema.js";
import { DEFAULT_FREQUENCY, DEFAULT_REMINDER_DAYS } from "./recipient.js";

export interface NotificationSettings {
  frequency: DigestFrequency;
  reminderDays: readonly number[];
}

export function parseReminderDays(stored: string): number[] {
  try {
    const days: unknown = JSON.parse(stored);
    return Array.isArray(days) ? days.filter((d): d is number => Number.isInteger(d) && d > 0) : [...DEFAULT_REMINDER_DAYS];
  } catch {
    return [...DEFAULT_REMINDER_DAYS];
  }
}

/** A member's settings; the defaults until they choose. */
export async function settingsOf(db: Kysely<Database>, userId: number): Promise<NotificationSettings> {
  const row = await db.selectFrom("notificationSettings").selectAll().where("userId", "=", userId).executeTakeFirst();
  return row
    ? { frequency: row.frequency, reminderDays: parseReminderDays(row.reminderDays) }
    : { frequency: DEFAULT_FREQUENCY, reminderDays: DEFAULT_REMINDER_DAYS };
}

export async function saveSettings(db: Kysely<Database>, userId: number, settings: NotificationSettings, now: Date) {
  const values = {
    frequency: settings.frequency,
    reminderDays: JSON.stringify([...new Set(settings.reminderDays)].sort((a, b) => b - a)),
    updatedAt: now.toISOString(),
  };
  await db
    .insertInto("notificationSettings")
    .values({ userId, ...values })
    .onConflict((oc) => oc.column("userId").doUpdateSet(values))
    .execute();
}

export async function setFrequency(db: Kysely<Database>, userId: number, frequency: DigestFrequency, now: Date) {
  const current = await settingsOf(db, userId);
  await saveSettings(db, userId, { ...current, frequency }, now);
}
