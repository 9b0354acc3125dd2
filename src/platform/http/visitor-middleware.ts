import type { MiddlewareHandler } from "hono";
import type { Kysely } from "kysely";
import { AppError } from "../../errors.js";
import type { Database } from "../db/schema.js";
import { siteCookies } from "./cookies.js";
import { csrfTokenFor, fromOtherSite, isStateChanging, submittedCsrfToken, tokensMatch } from "./csrf.js";
import { languageOf } from "./error-pages.js";
import { FLASH_COOKIE, readFlash } from "./flash.js";
import { randomToken, readSession, SESSION_COOKIE } from "./session.js";
import type { Flash, Visitor } from "./visitor.js";

/** The anonymous visitor's CSRF secret, until they sign in and the session id takes over. */
export const CSRF_COOKIE = "csrf";

export interface VisitorDeps {
  db: Kysely<Database>;
  baseUrl: string;
  now: () => Date;
  /** Paths whose POSTs come from outside the site by design (one-click unsubscribe from a mail client). */
  csrfExempt?: (path: string) => boolean;
}

/**
 * Knows the visitor once per request, for every page and guard: the session (if its
 * cookie names a live one), the CSRF token, the one-time messages. Refuses a
 * state-changing request without the visitor's token. A response that depended on who
 * asks (a signed-in visitor, a form with a token, a message shown) is marked private so
 * no cache in between keeps it for someone else.
 */
export function visitorMiddleware(deps: VisitorDeps): MiddlewareHandler {
  const cookies = siteCookies(deps.baseUrl);
  return async (c, next) => {
    const now = deps.now();
    const sessionToken = cookies.get(c, SESSION_COOKIE);
    const session = sessionToken ? await readSession(deps.db, sessionToken, now) : null;
    if (sessionToken && !session) cookies.clear(c, SESSION_COOKIE);

    const anonymousSecret = cookies.get(c, CSRF_COOKIE);
    let newAnonymousSecret: string | undefined;
    const csrfSecret = () => {
      if (session) return session.token;
      if (anonymousSecret) return anonymousSecret;
      newAnonymousSecret ??= randomToken();
      return newAnonymousSecret;
    };

    let personal = session !== null;
    const storedFlash = readFlash(cookies.get(c, FLASH_COOKIE));
    let flashShown = false;
    const visitor: Visitor = {
      user: session?.user ?? null,
      lang: languageOf(c.req.path),
      get csrfToken() {
        personal = true;
        return csrfTokenFor(csrfSecret());
      },
      get flash(): readonly Flash[] {
        if (storedFlash.length) personal = flashShown = true;
        return storedFlash;
      },
    };
    c.set("visitor", visitor);

    if (isStateChanging(c.req.method) && !deps.csrfExempt?.(c.req.path)) {
      const expected = session?.token ?? anonymousSecret;
      const given = await submittedCsrfToken(c);
      if (fromOtherSite(c, deps.baseUrl) || !expected || !tokensMatch(csrfTokenFor(expected), given)) {
        throw new AppError("csrf_failed");
      }
    }

    await next();

    if (newAnonymousSecret) cookies.set(c, CSRF_COOKIE, newAnonymousSecret);
    if (flashShown) cookies.clear(c, FLASH_COOKIE);
    if (personal || c.res.headers.has("set-cookie")) c.header("Cache-Control", "private, no-store");
    c.header("Vary", "Cookie", { append: true });
  };
}
