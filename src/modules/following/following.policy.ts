/** Who may do what with following data: one rule per subject, checked on the server. */
export interface FollowingActor {
  id: number;
}

export type FollowingAction = "follow" | "read" | "update" | "delete";

export type FollowingSubject =
  /** A theme, programme or call of the public catalogue. */
  | { kind: "catalogue" }
  /** Data of one member: their saved searches, follows and organisation profile. */
  | { kind: "member-data"; userId: number };

/**
 * Anyone signed in may follow what the catalogue shows; a member's own data is theirs
 * alone. Editors and admins get no way into it here: nothing of it is theirs to manage.
 */
export function can(actor: FollowingActor | null, action: FollowingAction, subject: FollowingSubject): boolean {
  if (!actor) return false;
  if (subject.kind === "catalogue") return action === "follow";
  return subject.userId === actor.id;
}
