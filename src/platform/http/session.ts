import { createHash, randomBytes } from "node:crypto";
import type { Context } from "hono";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import type { Lang } from "../i18n/translate.js";
import type { SiteCookies } from "./cookies.js";
import { highestRole, type VisitorUser } from "./visitor.js";

/** A session ends after a day without a visit, and a month after it began whatever happens. */
export const SESSION_IDLE_MS = 24 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000;
/** Writing the last visit once a minute is enough for a day's idle limit. */
const TOUCH_AFTER_MS = 60 * 1000;

export const SESSION_COOKIE = "sid";

export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface OpenSession {
  token: string;
  user: VisitorUser;
}

/** The user behind a session cookie, or null when it is unknown, idle too long or past its end. */
export async function readSession(db: Kysely<Database>, token: string, now: Date): Promise<OpenSession | null> {
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.userId")
    .select(["sessions.idHash", "sessions.lastSeenAt", "sessions.expiresAt", "users.id", "users.email", "users.name"])
    .select(["users.roles", "users.language"])
    .where("sessions.idHash", "=", hashToken(token))
    // A deactivated account's sessions are ended when it is deactivated; this keeps any later one worthless.
    .where("users.deactivatedAt", "is", null)
    .executeTakeFirst();
  if (!row) return null;
  const idleEnd = new Date(row.lastSeenAt).getTime() + SESSION_IDLE_MS;
  if (now.getTime() >= idleEnd || now.toISOString() >= row.expiresAt) {
    await db.deleteFrom("sessions").where("idHash", "=", row.idHash).execute();
    return null;
  }
  if (now.getTime() - new Date(row.lastSeenAt).getTime() > TOUCH_AFTER_MS) {
    await db.updateTable("sessions").set({ lastSeenAt: now.toISOString() }).where("idHash", "=", row.idHash).execute();
  }
  return {
    token,
    user: {
      id: row.id,
      email: row.email,
      name: row.name,
      role: highestRole(parseRoles(row.roles)),
      locale: row.language === "en" ? "en" : ("nl" satisfies Lang),
    },
  };
}

function parseRoles(stored: string): string[] {
  try {
    const roles: unknown = JSON.parse(stored);
    return Array.isArray(roles) ? roles.filter((r): r is string => typeof r === "string") : [];
  } catch {
    return [];
  }
}

/**
 * Signs a user in with a new session id (the one the visitor had before, if any, is
 * ended), so an id planted before login or kept from a lower privilege is worth nothing.
 */
export async function startSession(c: Context, db: Kysely<Database>, cookies: SiteCookies, userId: number, now: Date) {
  const previous = cookies.get(c, SESSION_COOKIE);
  if (previous) await db.deleteFrom("sessions").where("idHash", "=", hashToken(previous)).execute();
  const token = await createSession(db, userId, now);
  cookies.set(c, SESSION_COOKIE, token, SESSION_ABSOLUTE_MS / 1000);
  return token;
}

/** A new session row; the returned id exists only in the visitor's cookie. */
export async function createSession(db: Kysely<Database>, userId: number, now: Date): Promise<string> {
  const token = randomToken();
  await db
    .insertInto("sessions")
    .values({
      idHash: hashToken(token),
      userId,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString(),
    })
    .execute();
  return token;
}

export async function endSession(c: Context, db: Kysely<Database>, cookies: SiteCookies): Promise<void> {
  const token = cookies.get(c, SESSION_COOKIE);
  if (!token) return;
  await db.deleteFrom("sessions").where("idHash", "=", hashToken(token)).execute();
  cookies.clear(c, SESSION_COOKIE);
}

/** Logs a user out on every device: after a password change, a reset, or on request. */
export async function endAllSessions(db: Kysely<Database>, userId: number): Promise<void> {
  await db.deleteFrom("sessions").where("userId", "=", userId).execute();
}
