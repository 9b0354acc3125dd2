import { createHash, timingSafeEqual } from "node:crypto";
import type { Context } from "hono";

export const CSRF_FIELD = "_csrf";
export const CSRF_HEADER = "x-csrf-token";
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function isStateChanging(method: string): boolean {
  return UNSAFE.has(method.toUpperCase());
}

/**
 * A form's token is derived from a secret only the visitor's browser holds in an HttpOnly
 * cookie (the session id, or a random value for a visitor who is not signed in): another
 * site can make the browser send the cookie, but cannot read it to write the token.
 */
export function csrfTokenFor(secret: string): string {
  return createHash("sha256").update(`csrf\0${secret}`).digest("base64url");
}

export async function submittedCsrfToken(c: Context): Promise<string | undefined> {
  const header = c.req.header(CSRF_HEADER);
  if (header) return header;
  const type = c.req.header("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) return undefined;
  try {
    // Hono keeps the parsed body, so the route reads the same form again.
    const value = (await c.req.parseBody())[CSRF_FIELD];
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

export function tokensMatch(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A browser says where a request comes from; one from another site is refused before any token is read. */
export function fromOtherSite(c: Context, baseUrl: string): boolean {
  if (c.req.header("sec-fetch-site") === "cross-site") return true;
  const origin = c.req.header("origin");
  if (!origin || origin === "null") return origin === "null";
  return origin !== new URL(c.req.url).origin && origin !== new URL(baseUrl).origin;
}
