import type { Kysely } from "kysely";
import { AppError, err, ok, type Result } from "../../errors.js";
import type { Database } from "../../platform/db/schema.js";
import { hashPassword } from "./password.js";
import { type NewUserInput, newUserInput } from "./user.input.js";

export async function createUser(
  db: Kysely<Database>,
  draft: NewUserInput,
  now: Date,
): Promise<Result<{ id: number; email: string }>> {
  const parsed = newUserInput.safeParse(draft);
  if (!parsed.success)
    return err(new AppError("invalid_input", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")));
  const input = parsed.data;
  const existing = await db.selectFrom("users").select("id").where("email", "=", input.email).executeTakeFirst();
  if (existing) return err(new AppError("invalid_input", `a user with e-mail ${input.email} already exists`));
  const { id } = await db
    .insertInto("users")
    .values({
      email: input.email,
      passwordHash: await hashPassword(input.password),
      name: input.name,
      roles: JSON.stringify(input.roles),
      language: input.language,
      // Created by an operator on the command line: the address is trusted.
      verifiedAt: now.toISOString(),
      createdAt: now.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return ok({ id, email: input.email });
}
