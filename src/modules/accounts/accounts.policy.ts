import type { Policy } from "../../platform/http/guards.js";

export type AccountAction = "view" | "update" | "export" | "delete";

/** A member's account is theirs alone: not even an admin reads or changes it through the site. */
export const can: Policy<AccountAction, { userId: number }> = (actor, _action, subject) =>
  actor !== null && actor.id === subject.userId;
