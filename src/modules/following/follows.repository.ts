import type { Kysely } from "kysely";
import type { Database, FollowSubjectType } from "../../platform/db/schema.js";
import type { Deadline } from "../calls/call.queries.js";
import { visibleTo } from "../history/visibility.js";

/** Following twice is following once. */
export async function follow(db: Kysely<Database>, userId: number, type: FollowSubjectType, subjectId: number, now: Date) {
  await db
    .insertInto("follows")
    .values({ userId, subjectType: type, subjectId, createdAt: now.toISOString() })
    .onConflict((oc) => oc.columns(["userId", "subjectType", "subjectId"]).doNothing())
    .execute();
}

export async function unfollow(db: Kysely<Database>, userId: number, type: FollowSubjectType, subjectId: number) {
  await db
    .deleteFrom("follows")
    .where("userId", "=", userId)
    .where("subjectType", "=", type)
    .where("subjectId", "=", subjectId)
    .execute();
}

export async function isFollowing(db: Kysely<Database>, userId: number, type: FollowSubjectType, subjectId: number) {
  const row = await db
    .selectFrom("follows")
    .select("subjectId")
    .where("userId", "=", userId)
    .where("subjectType", "=", type)
    .where("subjectId", "=", subjectId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Themes picked before logging in join the account; unknown slugs are left out. */
export async function followThemes(db: Kysely<Database>, userId: number, slugs: string[], now: Date): Promise<number> {
  if (slugs.length === 0) return 0;
  const themes = await db.selectFrom("themes").select("id").where("slug", "in", slugs).execute();
  for (const theme of themes) await follow(db, userId, "theme", theme.id, now);
  return themes.length;
}

export interface FollowedItems {
  themes: { slug: string; nameNl: string; nameEn: string }[];
  programmes: { slug: string; name: string }[];
  calls: { slug: string; title: string; language: string }[];
}

/** What a member follows, as far as visitors can still see it. */
export async function followedBy(db: Kysely<Database>, userId: number, now: Date): Promise<FollowedItems> {
  const [themes, programmes, calls] = await Promise.all([
    db
      .selectFrom("follows")
      .innerJoin("themes", "themes.id", "follows.subjectId")
      .select(["themes.slug", "themes.nameNl", "themes.nameEn"])
      .where("follows.userId", "=", userId)
      .where("follows.subjectType", "=", "theme")
      .orderBy("themes.position")
      .orderBy("themes.nameNl")
      .execute(),
    db
      .selectFrom("follows")
      .innerJoin("programmes", "programmes.id", "follows.subjectId")
      .select(["programmes.slug", "programmes.name"])
      .where("follows.userId", "=", userId)
      .where("follows.subjectType", "=", "programme")
      .where(visibleTo(now, "programmes"))
      .orderBy("programmes.name")
      .execute(),
    db
      .selectFrom("follows")
      .innerJoin("calls", "calls.id", "follows.subjectId")
      .select(["calls.slug", "calls.title", "calls.language"])
      .where("follows.userId", "=", userId)
      .where("follows.subjectType", "=", "call")
      .where(visibleTo(now, "calls"))
      .orderBy("calls.title")
      .execute(),
  ]);
  return { themes, programmes, calls };
}

export interface ComingDeadline {
  slug: string;
  title: string;
  language: string;
  deadline: Deadline;
}

/** The deadlines still ahead of the calls a member follows, nearest first. */
export async function comingDeadlines(db: Kysely<Database>, userId: number, now: Date, limit = 20): Promise<ComingDeadline[]> {
  const rows = await db
    .selectFrom("follows")
    .innerJoin("calls", "calls.id", "follows.subjectId")
    .innerJoin("callDeadlines", "callDeadlines.callId", "calls.id")
    .select([
      "calls.slug",
      "calls.title",
      "calls.language",
      "callDeadlines.dueOn",
      "callDeadlines.dueTime",
      "callDeadlines.dueAt",
      "callDeadlines.label",
    ])
    .where("follows.userId", "=", userId)
    .where("follows.subjectType", "=", "call")
    .where(visibleTo(now, "calls"))
    .where("callDeadlines.dueAt", ">=", now.toISOString())
    .orderBy("callDeadlines.dueAt")
    .orderBy("calls.id")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    slug: r.slug,
    title: r.title,
    language: r.language,
    deadline: { date: r.dueOn, time: r.dueTime, at: r.dueAt, label: r.label },
  }));
}

export interface MailedFollow {
  type: FollowSubjectType;
  id: number;
  name: string;
  /** Still followed, but no mail reports it. */
  muted: boolean;
}

/** Every visible follow of a member with whether mails report it, for the notification settings. */
export async function followsWithMail(
  db: Kysely<Database>,
  userId: number,
  now: Date,
  lang: "nl" | "en",
): Promise<MailedFollow[]> {
  const rows = await db
    .selectFrom("follows")
    .leftJoin("themes", (j) => j.onRef("themes.id", "=", "follows.subjectId").on("follows.subjectType", "=", "theme"))
    .leftJoin("programmes", (j) => j.onRef("programmes.id", "=", "follows.subjectId").on("follows.subjectType", "=", "programme"))
    .leftJoin("calls", (j) => j.onRef("calls.id", "=", "follows.subjectId").on("follows.subjectType", "=", "call"))
    .select(["follows.subjectType", "follows.subjectId", "follows.muted", "themes.nameNl", "themes.nameEn"])
    .select(["programmes.name as programmeName", "calls.title as callTitle"])
    .where("follows.userId", "=", userId)
    .where((eb) =>
      eb.or([
        eb("themes.id", "is not", null),
        eb.and([eb("programmes.id", "is not", null), visibleTo(now, "programmes")]),
        eb.and([eb("calls.id", "is not", null), visibleTo(now, "calls")]),
      ]),
    )
    .orderBy("follows.subjectType", "desc")
    .orderBy("follows.createdAt")
    .execute();
  return rows.map((r) => ({
    type: r.subjectType,
    id: r.subjectId,
    name: (r.subjectType === "theme" ? (lang === "en" ? r.nameEn : r.nameNl) : (r.programmeName ?? r.callTitle)) ?? "",
    muted: r.muted === 1,
  }));
}

/** Keeps following, with or without mails about it; a follow that is not there stays absent. */
export async function setFollowMuted(
  db: Kysely<Database>,
  userId: number,
  type: FollowSubjectType,
  subjectId: number,
  muted: boolean,
) {
  await db
    .updateTable("follows")
    .set({ muted: muted ? 1 : 0 })
    .where("userId", "=", userId)
    .where("subjectType", "=", type)
    .where("subjectId", "=", subjectId)
    .execute();
}
