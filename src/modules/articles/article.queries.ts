import type { Kysely } from "kysely";
import { inOrder } from "../../platform/db/in-order.js";
import type { Database } from "../../platform/db/schema.js";
import { visibleTo } from "../history/visibility.js";

/**
 * An article published without a date of its own (an imported page that names none) was
 * published when it came into the guide: its date is never missing, and both databases
 * order it alike.
 */
export function listArticles(db: Kysely<Database>, now: Date, filter: { themeId?: number } = {}) {
  let query = db
    .selectFrom("articles")
    .select(["id", "slug", "title", "subtitle", "body", "language"])
    .select((eb) => eb.fn.coalesce("publishedAt", "createdAt").as("publishedAt"))
    .where(visibleTo(now, "articles"));
  if (filter.themeId !== undefined) {
    const themeId = filter.themeId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("articleThemes")
          .select("articleId")
          .whereRef("articleThemes.articleId", "=", "articles.id")
          .where("themeId", "=", themeId),
      ),
    );
  }
  return query
    .orderBy((eb) => eb.fn.coalesce("publishedAt", "createdAt"), "desc")
    .orderBy("title")
    .execute();
}

/** Visible articles by id, in the order asked: one query, for feeds and exports of a search. */
export async function readArticleRows(db: Kysely<Database>, ids: readonly number[], now: Date) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("articles")
    .selectAll()
    .where("id", "in", [...ids])
    .where(visibleTo(now, "articles"))
    .execute();
  return inOrder(rows, ids);
}

export async function findArticle(db: Kysely<Database>, slug: string, now: Date) {
  const article = await db
    .selectFrom("articles")
    .selectAll()
    .where("slug", "=", slug)
    .where(visibleTo(now, "articles"))
    .executeTakeFirst();
  if (!article) return undefined;
  const [themes, programmes] = await Promise.all([
    db
      .selectFrom("articleThemes")
      .innerJoin("themes", "themes.id", "articleThemes.themeId")
      .select(["slug", "nameNl", "nameEn"])
      .where("articleId", "=", article.id)
      .execute(),
    db
      .selectFrom("articleProgrammes")
      .innerJoin("programmes", "programmes.id", "articleProgrammes.programmeId")
      .select(["programmes.slug", "programmes.name", "programmes.nameEn"])
      .where("articleId", "=", article.id)
      .where(visibleTo(now, "programmes"))
      .execute(),
  ]);
  return { ...article, publishedAt: article.publishedAt ?? article.createdAt, themes, programmes };
}
