import { AppError } from "../../../errors.js";
import { contactLabel } from "../../contacts/contact.input.js";
import { contactUsers } from "../../contacts/contact-usage.js";
import type { Trx } from "../../history/save-entity.js";
import { programmeLabel } from "../../importers/programme-label.js";
import { labelsMappedTo } from "../../importers/programme-labels.js";
import { type MergeKind, mergeKinds } from "./merge-kinds.js";

export interface MergeSubject {
  id: number;
  slug: string;
  name: string;
  version: number;
}

/** A catalogue record whose link moves from the merged record to the kept one. */
export interface LinkedRecord {
  type: "call" | "article" | "programme" | "theme";
  id: number;
  slug: string;
  title: string;
}

/** Everything a merge would move, read before the editor confirms and again inside the merge. */
export interface MergePlan {
  kind: MergeKind;
  merged: MergeSubject;
  kept: MergeSubject;
  records: LinkedRecord[];
  follows: { moved: number; alreadyKept: number };
  savedSearches: number;
  /** Members' profiles that name the merged theme, or the merged beneficiary type as their organisation type. */
  profiles: number;
  /** Raw import labels that will mean the kept programme from now on. */
  labels: string[];
}

export async function planMerge(trx: Trx, kind: MergeKind, mergedSlug: string, keptSlug: string): Promise<MergePlan> {
  if (mergedSlug === keptSlug) throw new AppError("merge_same_record");
  const merged = await subject(trx, kind, mergedSlug);
  const kept = await subject(trx, kind, keptSlug);
  const follows = await followCounts(trx, kind, merged.id, kept.id);
  return {
    kind,
    merged,
    kept,
    records: await linkedRecords(trx, kind, merged.id),
    follows,
    savedSearches: (await savedSearchesNaming(trx, kind, merged.slug)).length,
    profiles: await profileCount(trx, kind, merged.id),
    labels: kind === "programme" ? await labelsAfterMerge(trx, merged) : [],
  };
}

async function subject(trx: Trx, kind: MergeKind, slug: string): Promise<MergeSubject> {
  if (kind === "contact") {
    const row = await trx
      .selectFrom("contacts")
      .select(["id", "slug", "name", "email", "version"])
      .where("slug", "=", slug)
      .executeTakeFirst();
    if (!row) throw new AppError("contact_not_found", slug);
    return { id: row.id, slug: row.slug, name: contactLabel(row), version: row.version };
  }
  if (kind === "programme") {
    const row = await trx
      .selectFrom("programmes")
      .select(["id", "slug", "name", "version"])
      .where("slug", "=", slug)
      .executeTakeFirst();
    if (!row) throw new AppError("programme_not_found", slug);
    return row;
  }
  const row = await trx
    .selectFrom(mergeKinds[kind].table as "themes")
    .select(["id", "slug", "nameNl as name", "version"])
    .where("slug", "=", slug)
    .executeTakeFirst();
  if (!row) throw new AppError(kind === "theme" ? "theme_not_found" : "beneficiary_type_not_found", slug);
  return row;
}

/** Calls, articles and programmes that name the merged record, in a stable order. */
async function linkedRecords(trx: Trx, kind: MergeKind, id: number): Promise<LinkedRecord[]> {
  if (kind === "contact") return (await contactUsers(trx, [id])).map(({ type, id, slug, title }) => ({ type, id, slug, title }));
  const callQuery = trx.selectFrom("calls").select(["calls.id", "calls.slug", "calls.title"]).orderBy("calls.slug");
  const programmeQuery = trx
    .selectFrom("programmes")
    .select(["programmes.id", "programmes.slug", "programmes.name as title"])
    .orderBy("programmes.slug");
  const articleQuery = trx
    .selectFrom("articles")
    .select(["articles.id", "articles.slug", "articles.title"])
    .orderBy("articles.slug");
  let calls: { id: number; slug: string; title: string }[];
  let programmes: { id: number; slug: string; title: string }[];
  let articles: { id: number; slug: string; title: string }[] = [];
  if (kind === "programme") {
    calls = await callQuery.where("programmeId", "=", id).execute();
    programmes = await programmeQuery
      .where("id", "in", (eb) => eb.selectFrom("programmeSynergies").select("programmeId").where("targetId", "=", id))
      .where("id", "!=", id)
      .execute();
    articles = await articleQuery
      .where("id", "in", (eb) => eb.selectFrom("articleProgrammes").select("articleId").where("programmeId", "=", id))
      .execute();
  } else if (kind === "theme") {
    calls = await callQuery
      .where("id", "in", (eb) => eb.selectFrom("callThemes").select("callId").where("themeId", "=", id))
      .execute();
    programmes = await programmeQuery
      .where("id", "in", (eb) => eb.selectFrom("programmeThemes").select("programmeId").where("themeId", "=", id))
      .execute();
    articles = await articleQuery
      .where("id", "in", (eb) => eb.selectFrom("articleThemes").select("articleId").where("themeId", "=", id))
      .execute();
  } else {
    calls = await callQuery
      .where("id", "in", (eb) => eb.selectFrom("callBeneficiaryTypes").select("callId").where("beneficiaryTypeId", "=", id))
      .execute();
    programmes = await programmeQuery
      .where("id", "in", (eb) =>
        eb.selectFrom("programmeBeneficiaryTypes").select("programmeId").where("beneficiaryTypeId", "=", id),
      )
      .execute();
  }
  return [
    ...programmes.map((r) => ({ type: "programme" as const, ...r })),
    ...calls.map((r) => ({ type: "call" as const, ...r })),
    ...articles.map((r) => ({ type: "article" as const, ...r })),
  ];
}

async function followCounts(trx: Trx, kind: MergeKind, mergedId: number, keptId: number) {
  const followType = mergeKinds[kind].followType;
  if (!followType) return { moved: 0, alreadyKept: 0 };
  const rows = await trx
    .selectFrom("follows as f")
    .select((eb) => [
      "f.userId",
      eb
        .exists(
          eb
            .selectFrom("follows as k")
            .select("k.userId")
            .whereRef("k.userId", "=", "f.userId")
            .where("k.subjectType", "=", followType)
            .where("k.subjectId", "=", keptId),
        )
        .as("followsKept"),
    ])
    .where("f.subjectType", "=", followType)
    .where("f.subjectId", "=", mergedId)
    .execute();
  const alreadyKept = rows.filter((r) => Boolean(Number(r.followsKept))).length;
  return { moved: rows.length - alreadyKept, alreadyKept };
}

/** Saved searches whose parameters name the merged record's slug. */
export async function savedSearchesNaming(trx: Trx, kind: MergeKind, slug: string) {
  const param = mergeKinds[kind].searchParam;
  if (!param) return [];
  const rows = await trx
    .selectFrom("savedSearches")
    .select(["id", "query"])
    .where("query", "like", `%${slug}%`)
    .orderBy("id")
    .execute();
  return rows.filter((r) => new URLSearchParams(r.query).getAll(param).includes(slug));
}

async function profileCount(trx: Trx, kind: MergeKind, id: number): Promise<number> {
  if (kind === "programme" || kind === "contact") return 0;
  const { count } =
    kind === "theme"
      ? await trx
          .selectFrom("profileThemes")
          .where("themeId", "=", id)
          .select((eb) => eb.fn.countAll<number>().as("count"))
          .executeTakeFirstOrThrow()
      : await trx
          .selectFrom("users")
          .where("organisationTypeId", "=", id)
          .select((eb) => eb.fn.countAll<number>().as("count"))
          .executeTakeFirstOrThrow();
  return Number(count);
}

/** The merged programme's own label and the labels already mapped to it. */
async function labelsAfterMerge(trx: Trx, merged: MergeSubject): Promise<string[]> {
  const row = await trx
    .selectFrom("programmes")
    .select(["shortName", "name"])
    .where("id", "=", merged.id)
    .executeTakeFirstOrThrow();
  return [...new Set([programmeLabel(row), ...(await labelsMappedTo(trx, merged.id))])].sort();
}
