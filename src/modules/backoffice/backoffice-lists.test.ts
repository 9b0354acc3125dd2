import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { signedInEditor } from "../../../test/support/editors.js";
import { buildCall, buildProgramme } from "../../../test/support/factories.js";
import { createTestApp, expectNoLeftovers, visibleText } from "../../../test/support/test-app.js";

for (const dialect of DIALECTS) {
  describe(`back-office dashboard and lists (${dialect})`, () => {
    let db: TestDb;
    let ctx: ReturnType<typeof createTestApp>;
    let editor: Awaited<ReturnType<typeof signedInEditor>>;

    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db);
      editor = await signedInEditor(ctx.app, db.kysely, { email: "an@example.be", name: "An Peeters", now: ctx.now });
      const erasmus = await buildProgramme(ctx.writer, { slug: "erasmus", name: "Erasmus+" });
      await buildProgramme(ctx.writer, { slug: "life", name: "LIFE" });
      await buildCall(ctx.writer, { title: "Mobiliteit voor leerlingen", code: "KA1-2027", programme: erasmus.slug });
      await buildCall(ctx.writer, { title: "Zonnepanelen op scholen", state: "draft" });
      await buildCall(ctx.writer, { title: "Oude oproep 50%_korting", state: "archived" });
    });
    afterAll(() => db.destroy());

    async function text(path: string) {
      const res = await editor.client.get(path);
      expect(res.status, path).toBe(200);
      const html = await res.text();
      expectNoLeftovers(html);
      return visibleText(html);
    }

    it("shows the editor how many records are in each state", async () => {
      const page = await text("/beheer");
      expect(page).toContain("Concept: 1");
      expect(page).toContain("Gepubliceerd: 1");
      expect(page).toContain("Gearchiveerd: 1");
      expect(await text("/en/admin")).toContain("Draft: 1");
    });

    it("lists calls in every state, found by words of the title or the code, filtered by state and programme", async () => {
      const all = await text("/beheer/oproepen");
      expect(all).toContain("3 records");
      expect(all).toContain("Zonnepanelen op scholen");
      expect(await text("/beheer/oproepen?q=ka1-2027")).toContain("Mobiliteit voor leerlingen");
      const drafts = await text("/beheer/oproepen?state=draft");
      expect(drafts).toContain("1 record");
      expect(drafts).toContain("Zonnepanelen");
      expect(await text("/beheer/oproepen?programme=erasmus")).toContain("1 record");
      // The editor's % and _ are letters, not wildcards.
      expect(await text("/beheer/oproepen?q=50%25_")).toContain("1 record");
      expect(await text("/beheer/oproepen?q=e_o")).toContain("Niets gevonden");
    });

    it("sorts by a column and says so to a screen reader", async () => {
      const res = await editor.client.get("/beheer/oproepen?sort=title&dir=asc");
      const html = await res.text();
      const order = ["Mobiliteit", "Oude oproep", "Zonnepanelen"].map((title) => html.indexOf(title));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(html).toContain('aria-sort="ascending"');
      const desc = await (await editor.client.get("/beheer/oproepen?sort=title&dir=desc")).text();
      expect(desc.indexOf("Zonnepanelen")).toBeLessThan(desc.indexOf("Mobiliteit"));
    });

    it("lists programmes in English at /en/admin/programmes, with the language switch to /beheer/programmas", async () => {
      const res = await editor.client.get("/en/admin/programmes?q=eras");
      const html = await res.text();
      expect(visibleText(html)).toContain("Erasmus+");
      expect(visibleText(html)).not.toContain("LIFE");
      expect(html).toContain('href="http://localhost:3000/beheer/programmas?q=eras"');
    });
  });
}
