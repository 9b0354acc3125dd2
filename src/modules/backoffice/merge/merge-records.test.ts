import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../../test/support/dialects.js";
import { buildArticle, buildCall, buildProgramme, buildTheme } from "../../../../test/support/factories.js";
import { signedInMember } from "../../../../test/support/members.js";
import { createSavedSearch } from "../../following/saved-searches.repository.js";
import { createCatalogueWriter } from "../../history/catalogue-writer.js";
import { mergeRecords } from "./merge-records.js";

const now = new Date("2026-11-23T10:00:00.000Z");

for (const dialect of DIALECTS) {
  describe(`merging two programmes or themes (${dialect})`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await createTestDb(dialect);
    });
    afterAll(() => db?.destroy());

    it("moves calls, articles, synergies, follows and saved searches to the kept programme and removes the other", async () => {
      const writer = createCatalogueWriter(db.kysely);
      const kept = await buildProgramme(writer, { slug: "digital-europe", name: "Digital Europe", isStub: true });
      const merged = await buildProgramme(writer, {
        slug: "digital",
        name: "Digital Europe Programme",
        shortName: "DIGITAL",
        source: "eu-ft",
        externalId: "43152860",
      });
      const other = await buildProgramme(writer, { synergies: [{ programme: "digital" }, { programme: "digital-europe" }] });
      const calls = [await buildCall(writer, { programme: "digital" }), await buildCall(writer, { programme: "digital" })];
      const article = await buildArticle(writer, { programmes: ["digital", "digital-europe"] });
      const both = await signedInMember(db.kysely, `both-${dialect}@example.be`, now);
      const one = await signedInMember(db.kysely, `one-${dialect}@example.be`, now);
      await db.kysely
        .insertInto("follows")
        .values([
          { userId: both.id, subjectType: "programme", subjectId: merged.id, createdAt: now.toISOString() },
          { userId: both.id, subjectType: "programme", subjectId: kept.id, createdAt: now.toISOString() },
          { userId: one.id, subjectType: "programme", subjectId: merged.id, createdAt: now.toISOString() },
        ])
        .execute();
      await createSavedSearch(db.kysely, one.id, { name: "Digitaal", query: "q=ai&programme=digital", frequency: "weekly" }, now);

      const plan = await mergeRecords(writer, {
        kind: "programme",
        mergedSlug: "digital",
        keptSlug: "digital-europe",
        actor: { userId: null, label: "An Peeters" },
        now,
      });

      expect(plan.records.map((r) => `${r.type}:${r.slug}`).sort()).toEqual(
        [`programme:${other.slug}`, ...calls.map((c) => `call:${c.slug}`), `article:${article.slug}`].sort(),
      );
      expect(plan.follows).toEqual({ moved: 1, alreadyKept: 1 });
      expect(plan.savedSearches).toBe(1);
      expect(plan.labels).toEqual(["DIGITAL"]);

      const callRows = await db.kysely
        .selectFrom("calls")
        .select("programmeId")
        .where(
          "id",
          "in",
          calls.map((c) => c.id),
        )
        .execute();
      expect(callRows.map((c) => c.programmeId)).toEqual([kept.id, kept.id]);
      const articleProgrammes = await db.kysely
        .selectFrom("articleProgrammes")
        .select("programmeId")
        .where("articleId", "=", article.id)
        .execute();
      expect(articleProgrammes.map((r) => r.programmeId)).toEqual([kept.id]);
      const synergies = await db.kysely
        .selectFrom("programmeSynergies")
        .select("targetId")
        .where("programmeId", "=", other.id)
        .execute();
      expect(synergies.map((s) => s.targetId)).toEqual([kept.id]);
      const follows = await db.kysely
        .selectFrom("follows")
        .select(["userId", "subjectId"])
        .where("subjectType", "=", "programme")
        .orderBy("userId")
        .execute();
      expect(follows).toEqual([
        { userId: both.id, subjectId: kept.id },
        { userId: one.id, subjectId: kept.id },
      ]);
      const saved = await db.kysely.selectFrom("savedSearches").select("query").where("userId", "=", one.id).execute();
      expect(saved.map((s) => s.query)).toEqual(["q=ai&programme=digital-europe"]);
      expect(
        await db.kysely.selectFrom("programmes").select("id").where("slug", "=", "digital").executeTakeFirst(),
      ).toBeUndefined();
      const mapping = await db.kysely.selectFrom("programmeLabelMappings").selectAll().execute();
      expect(mapping).toMatchObject([{ label: "DIGITAL", programmeId: kept.id, mappedBy: "An Peeters" }]);

      // Each moved call has a minor revision saying its programme changed; the merged one a last revision.
      const changes = await db.kysely
        .selectFrom("changeRecords")
        .select(["field", "oldValue", "newValue", "minor"])
        .where("entityType", "=", "call")
        .where("entityId", "=", calls[0]?.id as number)
        .where("kind", "=", "updated")
        .execute();
      expect(changes).toEqual([{ field: "programme", oldValue: '"digital"', newValue: '"digital-europe"', minor: 1 }]);
      const removed = await db.kysely
        .selectFrom("changeRecords")
        .select(["kind", "newValue"])
        .where("entityType", "=", "programme")
        .where("entityId", "=", merged.id)
        .where("kind", "=", "deleted")
        .execute();
      expect(removed).toEqual([{ kind: "deleted", newValue: '{"mergedInto":"digital-europe"}' }]);
    });

    it("merges a theme: profiles and programmes follow, a record already naming both names the kept one once", async () => {
      const writer = createCatalogueWriter(db.kysely);
      const kept = await buildTheme(writer, {
        slug: "eu-uitbreiding-buitenlandse-acties",
        nameNl: "EU-uitbreiding/buitenlandse acties",
      });
      const merged = await buildTheme(writer, { slug: "buitenlandse-acties", nameNl: "Buitenlandse acties" });
      const programme = await buildProgramme(writer, { themes: [merged.slug, kept.slug] });
      const call = await buildCall(writer, { themes: [merged.slug] });
      const member = await signedInMember(db.kysely, `theme-${dialect}@example.be`, now);
      await db.kysely.insertInto("profileThemes").values({ userId: member.id, themeId: merged.id }).execute();

      await mergeRecords(writer, {
        kind: "theme",
        mergedSlug: merged.slug,
        keptSlug: kept.slug,
        actor: { userId: null, label: "An" },
        now,
      });

      const themesOf = async (table: "programmeThemes" | "callThemes", column: "programmeId" | "callId", id: number) =>
        (
          await db.kysely
            .selectFrom(table as "callThemes")
            .select("themeId")
            .where(column as "callId", "=", id)
            .execute()
        ).map((r) => r.themeId);
      expect(await themesOf("programmeThemes", "programmeId", programme.id)).toEqual([kept.id]);
      expect(await themesOf("callThemes", "callId", call.id)).toEqual([kept.id]);
      const profile = await db.kysely.selectFrom("profileThemes").select("themeId").where("userId", "=", member.id).execute();
      expect(profile).toEqual([{ themeId: kept.id }]);
    });

    it("refuses to merge a record into itself or into one that does not exist, changing nothing", async () => {
      const writer = createCatalogueWriter(db.kysely);
      const programme = await buildProgramme(writer);
      await expect(
        mergeRecords(writer, {
          kind: "programme",
          mergedSlug: programme.slug,
          keptSlug: programme.slug,
          actor: { userId: null, label: "An" },
          now,
        }),
      ).rejects.toMatchObject({ code: "merge_same_record" });
      await expect(
        mergeRecords(writer, {
          kind: "programme",
          mergedSlug: programme.slug,
          keptSlug: "bestaat-niet",
          actor: { userId: null, label: "An" },
          now,
        }),
      ).rejects.toMatchObject({ code: "programme_not_found" });
      expect(
        await db.kysely.selectFrom("programmes").select("id").where("id", "=", programme.id).executeTakeFirst(),
      ).toBeDefined();
    });
  });
}
