import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { signedInEditor } from "../../../test/support/editors.js";
import { buildProgramme } from "../../../test/support/factories.js";
import { createTestApp, expectNoLeftovers, visibleText } from "../../../test/support/test-app.js";
import { euFtImporter } from "../importers/eu-ft/eu-ft.importer.js";
import { mergeImport } from "../importers/import-merger.js";

const FEED = new URL("../../../../shared/data/eu-ft/sedia-feed-2026-08-22.json", import.meta.url).pathname;

/** Two real European Defence Fund topics from the portal's feed. */
function defenceFeed(): string {
  const { grants } = JSON.parse(readFileSync(FEED, "utf8")) as { grants: { frameworkProgrammes?: { id: string }[] }[] };
  const edf = grants.filter((g) => g.frameworkProgrammes?.[0]?.id === "44181033").slice(0, 2);
  const path = join(mkdtempSync(join(tmpdir(), "labels-")), "edf.json");
  writeFileSync(path, JSON.stringify({ grants: edf }));
  return path;
}

for (const dialect of DIALECTS) {
  describe(`import labels in the back office (${dialect})`, () => {
    let db: TestDb;
    let ctx: ReturnType<typeof createTestApp>;
    let feed: string;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db);
      feed = defenceFeed();
    });
    afterAll(() => db?.destroy());

    const importFeed = async () =>
      mergeImport(ctx.writer, await euFtImporter.read(feed, { now: ctx.now }), { actor: "import:eu-ft", now: ctx.now });
    const programmesOfCalls = async () =>
      (
        await db.kysely
          .selectFrom("calls")
          .innerJoin("programmes", "programmes.id", "calls.programmeId")
          .select("programmes.slug")
          .execute()
      ).map((r) => r.slug);

    it("lists the label an import met with its calls; once an editor links it, the next import attaches the calls there", async () => {
      await importFeed();
      expect(await programmesOfCalls()).toEqual(["edf", "edf"]);
      await buildProgramme(ctx.writer, { slug: "europees-defensiefonds", name: "Europees Defensiefonds" });
      const editor = await signedInEditor(ctx.app, db.kysely, { email: `an-${dialect}@example.be`, name: "An", now: ctx.now });

      const page = await editor.client.get("/beheer/importlabels");
      expect(page.status).toBe(200);
      const html = await page.text();
      expectNoLeftovers(html);
      expect(visibleText(html)).toContain("EDF import:eu-ft 2");
      expect(visibleText(html)).toContain("niet gekoppeld (de import maakt edf)");

      const linked = await editor.client.post("/beheer/importlabels", { label: "EDF", programme: "europees-defensiefonds" });
      expect(linked.status).toBe(303);
      expect(visibleText(await (await editor.client.get("/en/admin/import-labels")).text())).toContain(
        "The label is linked. The next import uses it.",
      );

      await importFeed();
      expect(await programmesOfCalls()).toEqual(["europees-defensiefonds", "europees-defensiefonds"]);
      const audit = await db.kysely.selectFrom("auditLog").select(["action", "detail"]).execute();
      expect(audit).toContainEqual({ action: "mapLabel", detail: "EDF → europees-defensiefonds" });

      await editor.client.get("/beheer/importlabels");
      expect((await editor.client.post("/beheer/importlabels/ontkoppelen", { label: "EDF" })).status).toBe(303);
      expect(await db.kysely.selectFrom("programmeLabelMappings").select("label").execute()).toEqual([]);
    });

    it("refuses a label no import met, or a programme that does not exist, linking nothing", async () => {
      const editor = await signedInEditor(ctx.app, db.kysely, { email: `jan-${dialect}@example.be`, name: "Jan", now: ctx.now });
      await editor.client.get("/beheer/importlabels");
      const refused = await editor.client.post("/beheer/importlabels", { label: "EDF", programme: "bestaat-niet" });
      expect(refused.status).toBe(400);
      expect(visibleText(await refused.text())).toContain("Kies een bestaand label en programma.");
      expect(await db.kysely.selectFrom("programmeLabelMappings").select("label").execute()).toEqual([]);
    });
  });
}
