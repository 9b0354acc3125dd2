import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { buildBeneficiaryType, buildCall, buildTheme } from "../../../test/support/factories.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { createUser } from "../accounts/user.repository.js";
import { exportFollowing } from "./following.export.js";
import { follow } from "./follows.repository.js";
import { saveProfile } from "./profile.repository.js";
import { createSavedSearch } from "./saved-searches.repository.js";

for (const dialect of DIALECTS) {
  describe(`a member's following data, exported and deleted with the account (${dialect})`, () => {
    let db: TestDb;
    let ctx: ReturnType<typeof createTestApp>;

    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db);
    });
    afterAll(() => db.destroy());

    async function memberWithEverything(email: string) {
      const now = ctx.now;
      const theme = await buildTheme(ctx.writer);
      const type = await buildBeneficiaryType(ctx.writer);
      const call = await buildCall(ctx.writer);
      const created = await createUser(db.kysely, { email, password: "een lange zin met woorden 42" }, now);
      if (!created.ok) throw created.error;
      const userId = created.value.id;
      await follow(db.kysely, userId, "theme", theme.id, now);
      await follow(db.kysely, userId, "call", call.id, now);
      await createSavedSearch(db.kysely, userId, { name: "Water", query: "q=water", frequency: "daily" }, now);
      await saveProfile(db.kysely, userId, {
        organisationName: "Vzw Water",
        beneficiaryType: type.slug,
        region: "limburg",
        themes: [theme.slug],
      });
      return { userId, theme, type, call };
    }

    it("exports what the member follows, their saved searches and their profile, and nothing of others", async () => {
      const { userId, theme, type, call } = await memberWithEverything("export@example.be");
      await memberWithEverything("ander@example.be");
      const at = ctx.now.toISOString();
      expect(await exportFollowing(db.kysely, userId)).toEqual({
        follows: [
          { type: "call", slug: call.slug, followedAt: at },
          { type: "theme", slug: theme.slug, followedAt: at },
        ],
        savedSearches: [{ name: "Water", query: "q=water", frequency: "daily", lastSeenAt: at, createdAt: at }],
        profile: { organisationName: "Vzw Water", beneficiaryType: type.slug, region: "limburg", themes: [theme.slug] },
      });
    });

    it("leaves nothing of it behind when the account is deleted", async () => {
      const { userId } = await memberWithEverything("weg@example.be");
      await db.kysely.deleteFrom("sessions").where("userId", "=", userId).execute();
      await db.kysely.deleteFrom("users").where("id", "=", userId).execute();
      for (const table of ["follows", "savedSearches", "profileThemes"] as const) {
        expect(await db.kysely.selectFrom(table).selectAll().where("userId", "=", userId).execute(), table).toEqual([]);
      }
    });
  });
}
