import type { Kysely } from "kysely";
import type { Database, FollowSubjectType } from "../../platform/db/schema.js";
import { visibleTo } from "../history/visibility.js";

export const FOLLOW_SUBJECT_TYPES = ["theme", "programme", "call"] as const satisfies readonly FollowSubjectType[];

export interface FollowSubject {
  type: FollowSubjectType;
  id: number;
  slug: string;
}

/** A theme, programme or call a visitor can see, by its slug; undefined when there is none. */
export async function findFollowSubject(
  db: Kysely<Database>,
  type: FollowSubjectType,
  slug: string,
  now: Date,
): Promise<FollowSubject | undefined> {
  const row =
    type === "theme"
      ? await db.selectFrom("themes").select(["id", "slug"]).where("slug", "=", slug).executeTakeFirst()
      : type === "programme"
        ? await db
            .selectFrom("programmes")
            .select(["id", "slug"])
            .where("slug", "=", slug)
            .where(visibleTo(now, "programmes"))
            .executeTakeFirst()
        : await db
            .selectFrom("calls")
            .select(["id", "slug"])
            .where("slug", "=", slug)
            .where(visibleTo(now, "calls"))
            .executeTakeFirst();
  return row ? { type, ...row } : undefined;
}
