import type { Kysely } from "kysely";
import { rolesFor } from "../../src/modules/accounts/user.input.js";
import { createUser } from "../../src/modules/accounts/user.repository.js";
import type { Database } from "../../src/platform/db/schema.js";
import { createSession, SESSION_COOKIE } from "../../src/platform/http/session.js";
import type { Role } from "../../src/platform/http/visitor.js";
import { type TestApp, visitorClient } from "./http-client.js";
import { MEMBER_PASSWORD } from "./members.js";

/** An editor (or admin) signed in with a client of their own, as the back office sees them. */
export async function signedInEditor(
  app: TestApp,
  db: Kysely<Database>,
  { email, name, role = "editor", now }: { email: string; name: string; role?: Role; now: Date },
) {
  const created = await createUser(db, { email, name, password: MEMBER_PASSWORD, roles: rolesFor(role) }, now);
  if (!created.ok) throw created.error;
  const token = await createSession(db, created.value.id, now);
  const client = visitorClient(app);
  client.cookies.set(SESSION_COOKIE, token);
  return { id: created.value.id, email, name, token, client };
}
