import type { Kysely } from "kysely";
import { AppError, err, ok, type Result } from "../../errors.js";
import type { Database, Row } from "../../platform/db/schema.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { hashPassword } from "./password.js";
import { type NewUserInput, newUserInput, type Role, rolesFor } from "./user.input.js";

export type UserRow = Row<"users">;

export async function createUser(
  db: Kysely<Database>,
  draft: NewUserInput,
  now: Date,
): Promise<Result<{ id: number; email: string }>> {
  const parsed = newUserInput.safeParse(draft);
  if (!parsed.success)
    return err(new AppError("invalid_input", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")));
  const input = parsed.data;
  const existing = await findUserByEmail(db, input.email);
  if (existing) return err(new AppError("invalid_input", `a user with e-mail ${input.email} already exists`));
  const { id } = await db
    .insertInto("users")
    .values({
      email: input.email,
      passwordHash: await hashPassword(input.password),
      name: input.name,
      roles: JSON.stringify(input.roles),
      language: input.language,
      verifiedAt: input.verified ? now.toISOString() : null,
      createdAt: now.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return ok({ id, email: input.email });
}

export function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("email", "=", email.toLowerCase()).executeTakeFirst();
}

export function findUserById(db: Kysely<Database>, id: number): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function markVerified(db: Kysely<Database>, id: number, now: Date): Promise<void> {
  await db
    .updateTable("users")
    .set({ verifiedAt: now.toISOString() })
    .where("id", "=", id)
    .where("verifiedAt", "is", null)
    .execute();
}

export async function setPassword(db: Kysely<Database>, id: number, password: string): Promise<void> {
  await db
    .updateTable("users")
    .set({ passwordHash: await hashPassword(password) })
    .where("id", "=", id)
    .execute();
}

/** False when another account took the address meanwhile (the unique index decides). */
export async function setEmail(db: Kysely<Database>, id: number, email: string, now: Date): Promise<boolean> {
  if (await findUserByEmail(db, email)) return false;
  try {
    await db.updateTable("users").set({ email, verifiedAt: now.toISOString() }).where("id", "=", id).execute();
    return true;
  } catch {
    return false;
  }
}

export async function setLanguage(db: Kysely<Database>, id: number, lang: Lang): Promise<void> {
  await db.updateTable("users").set({ language: lang }).where("id", "=", id).execute();
}

/** Everything of the user goes with the row: sessions, tokens and what other modules keep cascade. */
export async function deleteUser(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom("users").where("id", "=", id).execute();
}

/**
 * A new role ends the user's sessions: the next login starts a fresh session that knows
 * the new privileges, and a session taken before the change never gains them.
 */
export async function changeRole(db: Kysely<Database>, email: string, role: Role): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const changed = await trx
      .updateTable("users")
      .set({ roles: JSON.stringify(rolesFor(role)) })
      .where("email", "=", email.toLowerCase())
      .returning("id")
      .executeTakeFirst();
    if (!changed) return false;
    await trx.deleteFrom("sessions").where("userId", "=", changed.id).execute();
    return true;
  });
}
