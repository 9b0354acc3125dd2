import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { signedInEditor } from "../../../test/support/editors.js";
import { buildCall, buildProgramme, buildTheme } from "../../../test/support/factories.js";
import { signedInMember } from "../../../test/support/members.js";
import { createTestApp, expectNoLeftovers, visibleText } from "../../../test/support/test-app.js";
import { createSavedSearch } from "../following/saved-searches.repository.js";
import { programmeStore } from "../programmes/programme.store.js";

for (const dialect of DIALECTS) {
  describe(`merging duplicates in the back office (${dialect})`, () => {
    let db: TestDb;
    let ctx: ReturnType<typeof createTestApp>;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db);
    });
    afterAll(() => db?.destroy());

    it("previews what moves, merges on confirm, and the merged programme's address redirects to the kept one", async () => {
      const editor = await signedInEditor(ctx.app, db.kysely, {
        email: `an-${dialect}@example.be`,
        name: "An Peeters",
        now: ctx.now,
      });
      const kept = await buildProgramme(ctx.writer, { slug: "digital-europe", name: "Digital Europe", isStub: true });
      const merged = await buildProgramme(ctx.writer, {
        slug: "digital",
        name: "Digital Europe Programme",
        shortName: "DIGITAL",
      });
      await buildCall(ctx.writer, { programme: "digital", title: "Cloud, data and AI" });
      await buildCall(ctx.writer, { programme: "digital", title: "Cybersecurity skills" });
      const follower = await signedInMember(db.kysely, `volger-${dialect}@example.be`, ctx.now);
      await db.kysely
        .insertInto("follows")
        .values({ userId: follower.id, subjectType: "programme", subjectId: merged.id, createdAt: ctx.now.toISOString() })
        .execute();
      await createSavedSearch(
        db.kysely,
        follower.id,
        { name: "Digitaal", query: "programme=digital", frequency: "weekly" },
        ctx.now,
      );

      const preview = await editor.client.get("/beheer/samenvoegen?kind=programme&merged=digital&kept=digital-europe");
      expect(preview.status).toBe(200);
      const html = await preview.text();
      expectNoLeftovers(html);
      const text = visibleText(html);
      expect(text).toContain("Digital Europe Programme samenvoegen in Digital Europe");
      expect(text).toContain("Oproep: Cloud, data and AI");
      expect(text).toContain("Oproep: Cybersecurity skills");
      expect(text).toContain("Volgers die verhuizen: 1");
      expect(text).toContain("Bewaarde zoekopdrachten die worden aangepast: 1");
      expect(text).toContain("Importlabels die voortaan Digital Europe betekenen: DIGITAL");
      // Nothing moved yet.
      expect(
        await db.kysely.selectFrom("programmes").select("id").where("slug", "=", "digital").executeTakeFirst(),
      ).toBeDefined();

      const confirmed = await editor.client.post("/beheer/samenvoegen");
      expect(confirmed.status).toBe(303);
      expect(confirmed.headers.get("location")).toBe("/beheer/samenvoegen");
      expect(visibleText(await (await editor.client.get("/beheer/samenvoegen")).text())).toContain(
        "De records zijn samengevoegd.",
      );

      const visitor = await ctx.app.request("http://localhost:3000/programmas/digital");
      expect(visitor.status).toBe(301);
      expect(visitor.headers.get("location")).toBe("/programmas/digital-europe");
      const english = await ctx.app.request("http://localhost:3000/en/programmes/digital");
      expect(english.headers.get("location")).toBe("/en/programmes/digital-europe");
      const keptPage = visibleText(await (await ctx.app.request("http://localhost:3000/programmas/digital-europe")).text());
      expect(keptPage).toContain("Cloud, data and AI");

      const follows = await db.kysely.selectFrom("follows").select("subjectId").where("userId", "=", follower.id).execute();
      expect(follows).toEqual([{ subjectId: kept.id }]);
      const audit = await db.kysely
        .selectFrom("auditLog")
        .select(["actor", "action", "detail"])
        .where("action", "=", "merge")
        .execute();
      expect(audit).toEqual([{ actor: "An Peeters", action: "merge", detail: "digital → digital-europe" }]);
    });

    it("merges a theme in English, and its page redirects", async () => {
      const editor = await signedInEditor(ctx.app, db.kysely, { email: `en-${dialect}@example.be`, name: "Els", now: ctx.now });
      await buildTheme(ctx.writer, { slug: "eu-uitbreiding-buitenlandse-acties", nameNl: "EU-uitbreiding/buitenlandse acties" });
      await buildTheme(ctx.writer, { slug: "buitenlandse-acties", nameNl: "Buitenlandse acties" });
      const preview = await editor.client.get(
        "/en/admin/merge?kind=theme&merged=buitenlandse-acties&kept=eu-uitbreiding-buitenlandse-acties",
      );
      expect(visibleText(await preview.text())).toContain("Merge Buitenlandse acties into EU-uitbreiding/buitenlandse acties");
      expect((await editor.client.post("/en/admin/merge")).status).toBe(303);
      const page = await ctx.app.request("http://localhost:3000/themas/buitenlandse-acties");
      expect(page.status).toBe(301);
      expect(page.headers.get("location")).toBe("/themas/eu-uitbreiding-buitenlandse-acties");
    });

    it("refuses the merge when a record changed after the preview, and changes nothing", async () => {
      const editor = await signedInEditor(ctx.app, db.kysely, { email: `late-${dialect}@example.be`, name: "Jan", now: ctx.now });
      const kept = await buildProgramme(ctx.writer, { name: "Houden" });
      const merged = await buildProgramme(ctx.writer, { name: "Weg" });
      await editor.client.get(`/beheer/samenvoegen?kind=programme&merged=${merged.slug}&kept=${kept.slug}`);
      await ctx.writer.save(programmeStore, { input: { ...kept, name: "Houden (nieuw)" }, actor: "Iemand anders" });
      const refused = await editor.client.post("/beheer/samenvoegen");
      expect(refused.status).toBe(409);
      expect(visibleText(await refused.text())).toContain("Een van beide records is intussen gewijzigd.");
      expect(
        await db.kysely.selectFrom("programmes").select("id").where("slug", "=", merged.slug).executeTakeFirst(),
      ).toBeDefined();
    });

    it("says why it cannot merge a record into itself", async () => {
      const editor = await signedInEditor(ctx.app, db.kysely, { email: `self-${dialect}@example.be`, name: "Mo", now: ctx.now });
      const programme = await buildProgramme(ctx.writer);
      const res = await editor.client.get(`/beheer/samenvoegen?kind=programme&merged=${programme.slug}&kept=${programme.slug}`);
      expect(res.status).toBe(400);
      expect(visibleText(await res.text())).toContain("Kies twee verschillende records om samen te voegen.");
    });
  });
}
