import type { Context, MiddlewareHandler } from "hono";
import { AppError } from "../../errors.js";
import { pathsFor } from "./paths.js";
import { hasRole, type Role, type VisitorUser } from "./visitor.js";

/** One module's rules: may this actor (null when not signed in) do this to that? */
export type Policy<Action extends string, Subject> = (actor: VisitorUser | null, action: Action, subject: Subject) => boolean;

/** Refuses the request (403) unless the module's policy allows it. */
export function authorize<Action extends string, Subject>(
  c: Context,
  can: Policy<Action, Subject>,
  action: Action,
  subject: Subject,
): void {
  if (!can(c.get("visitor").user, action, subject)) throw new AppError("forbidden");
}

/** The signed-in user; a visitor who is not signed in is sent to log in and brought back here. */
export const requireUser: MiddlewareHandler = async (c, next) => {
  const visitor = c.get("visitor");
  if (!visitor.user) {
    const back = c.req.method === "GET" ? new URL(c.req.url) : null;
    const next = back ? `?next=${encodeURIComponent(back.pathname + back.search)}` : "";
    return c.redirect(`${pathsFor(visitor.lang).section("login")}${next}`, 303);
  }
  await next();
};

export function requireRole(role: Role): MiddlewareHandler {
  return async (c, next) => {
    const visitor = c.get("visitor");
    if (!visitor.user) return requireUser(c, next);
    if (!hasRole(visitor.user, role)) throw new AppError("forbidden");
    await next();
  };
}

/** The user of a route behind requireUser. */
export function signedInUser(c: Context): VisitorUser {
  const user = c.get("visitor").user;
  if (!user) throw new AppError("forbidden");
  return user;
}
