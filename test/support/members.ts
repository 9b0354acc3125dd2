import type { Kysely } from "kysely";
import { createUser } from "../../src/modules/accounts/user.repository.js";
import type { Database } from "../../src/platform/db/schema.js";
import { createSession, SESSION_COOKIE } from "../../src/platform/http/session.js";
import { expectNoLeftovers, visibleText } from "./test-app.js";

/** A password the strength check accepts, for members made by tests. */
export const MEMBER_PASSWORD = "lange zin met woorden 42";

/**
 * A confirmed member with a live session, as logging in would leave them: the `cookie`
 * header value (or the token, for a browser's cookie jar) signs a request in as them.
 */
export async function signedInMember(db: Kysely<Database>, email: string, now: Date) {
  const created = await createUser(db, { email, password: MEMBER_PASSWORD }, now);
  if (!created.ok) throw created.error;
  const token = await createSession(db, created.value.id, now);
  return { id: created.value.id, email, token, cookie: `${SESSION_COOKIE}=${token}` };
}

/** A member's page through their client: the status checked, no template leftovers, the visible text. */
export async function memberPageText(client: { get(path: string): Promise<Response> }, path: string, status = 200) {
  const res = await client.get(path);
  if (res.status !== status) throw new Error(`${path}: expected ${status}, got ${res.status}`);
  const html = await res.text();
  expectNoLeftovers(html);
  return visibleText(html);
}
