import { idsForSlugs, sortedSlugsForIds } from "../history/relations.js";
import type { EntityStore, Trx } from "../history/save-entity.js";
import { storeLookups } from "../history/store-lookups.js";
import type { ArticleInput } from "./article.input.js";

export const articleStore: EntityStore<ArticleInput> = {
  type: "article",
  ...storeLookups("articles"),
  normalise: (input) => ({
    ...input,
    themes: [...new Set(input.themes)].sort(),
    programmes: [...new Set(input.programmes)].sort(),
  }),

  async load(trx, id) {
    const row = await trx.selectFrom("articles").selectAll().where("id", "=", id).executeTakeFirst();
    if (!row) return undefined;
    const [themeIds, programmeIds] = await Promise.all([
      trx.selectFrom("articleThemes").select("themeId").where("articleId", "=", id).execute(),
      trx.selectFrom("articleProgrammes").select("programmeId").where("articleId", "=", id).execute(),
    ]);
    const { id: _id, version, createdAt: _c, updatedAt: _u, ...rest } = row;
    const input: ArticleInput = {
      ...rest,
      language: row.language as ArticleInput["language"],
      themes: await sortedSlugsForIds(
        trx,
        "themes",
        themeIds.map((t) => t.themeId),
      ),
      programmes: await sortedSlugsForIds(
        trx,
        "programmes",
        programmeIds.map((p) => p.programmeId),
      ),
    };
    return { input, version };
  },

  async insert(trx, input, now) {
    const { themes, programmes, ...scalars } = input;
    const { id } = await trx
      .insertInto("articles")
      .values({ ...scalars, createdAt: now, updatedAt: now, version: 1 })
      .returning("id")
      .executeTakeFirstOrThrow();
    await writeLinks(trx, id, input);
    return id;
  },

  async update(trx, id, input, now) {
    const { themes, programmes, ...scalars } = input;
    await trx
      .updateTable("articles")
      .set({ ...scalars, updatedAt: now })
      .where("id", "=", id)
      .execute();
    await writeLinks(trx, id, input);
  },
};

async function writeLinks(trx: Trx, articleId: number, input: ArticleInput) {
  await trx.deleteFrom("articleThemes").where("articleId", "=", articleId).execute();
  await trx.deleteFrom("articleProgrammes").where("articleId", "=", articleId).execute();
  const themeIds = await idsForSlugs(trx, "themes", input.themes);
  if (themeIds.length)
    await trx
      .insertInto("articleThemes")
      .values(themeIds.map((themeId) => ({ articleId, themeId })))
      .execute();
  const programmeIds = await idsForSlugs(trx, "programmes", input.programmes);
  if (programmeIds.length) {
    await trx
      .insertInto("articleProgrammes")
      .values(programmeIds.map((programmeId) => ({ articleId, programmeId })))
      .execute();
  }
}
