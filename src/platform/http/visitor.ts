import type { MessageKey } from "../i18n/messages.nl.js";
import type { Lang } from "../i18n/translate.js";

export const ROLES = ["member", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in person as every page and guard sees them. */
export interface VisitorUser {
  id: number;
  email: string;
  name: string | null;
  /** The highest of the user's roles: admin includes editor, editor includes member. */
  role: Role;
  locale: Lang;
}

export interface Flash {
  kind: "success" | "info" | "error";
  key: MessageKey;
}

/**
 * Who is asking, known from one place (the visitor middleware) for every page: the user
 * or null, the language of the page, the CSRF token its forms carry, and the one-time
 * messages left by the previous request.
 */
export interface Visitor {
  readonly user: VisitorUser | null;
  readonly lang: Lang;
  readonly csrfToken: string;
  readonly flash: readonly Flash[];
}

declare module "hono" {
  interface ContextVariableMap {
    visitor: Visitor;
  }
}

const rank: Record<Role, number> = { member: 0, editor: 1, admin: 2 };

export function hasRole(user: VisitorUser | null, role: Role): boolean {
  return user !== null && rank[user.role] >= rank[role];
}

/** The highest role in a stored list; an empty or unknown list is a member. */
export function highestRole(roles: readonly string[]): Role {
  return ROLES.filter((role) => roles.includes(role)).reduce<Role>(
    (top, role) => (rank[role] > rank[top] ? role : top),
    "member",
  );
}
