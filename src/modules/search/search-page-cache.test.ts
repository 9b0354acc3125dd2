import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { buildCall } from "../../../test/support/factories.js";
import { createTestApp, visibleText } from "../../../test/support/test-app.js";
import { callStore } from "../calls/call.store.js";

for (const dialect of DIALECTS) {
  describe(`cached search pages (${dialect})`, () => {
    let db: TestDb;
    let ctx: ReturnType<typeof createTestApp>;
    let now = new Date("2026-11-23T10:00:00.000Z");
    const text = async (path: string) => visibleText(await (await ctx.app.request(path)).text());
    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db, { clock: () => now });
    });
    afterAll(() => db.destroy());

    it("shows a write at the next request, though the page was kept", async () => {
      const first = await buildCall(ctx.writer, { slug: "windenergie-noordzee", title: "Windenergie op de Noordzee" });
      expect(await text("/zoeken?q=windenergie")).toContain("Windenergie op de Noordzee");
      expect(await text("/zoeken?q=windenergie")).not.toContain("windparken aan de kust");
      await buildCall(ctx.writer, { slug: "windparken-kust", title: "Windenergie: windparken aan de kust" });
      expect(await text("/zoeken?q=windenergie")).toContain("windparken aan de kust");
      await ctx.writer.save(callStore, { id: first.id, input: { ...first, state: "archived" }, actor: "test" });
      expect(await text("/zoeken?q=windenergie")).not.toContain("Windenergie op de Noordzee");
    });

    it("shows a call as closed once its deadline has passed, though the page was kept", async () => {
      await buildCall(ctx.writer, {
        slug: "getijdenenergie",
        title: "Getijdenenergie",
        deadlines: [{ date: "2026-11-23", time: "17:00", label: null }],
      });
      const before = await text("/oproepen?q=getijdenenergie");
      expect(before).toContain("Getijdenenergie");
      expect(await text("/oproepen?q=getijdenenergie&status=open")).toContain("Getijdenenergie");
      now = new Date("2026-11-23T16:30:00.000Z"); // 17:30 in Brussels
      expect(await text("/oproepen?q=getijdenenergie&status=open")).not.toContain("Getijdenenergie");
      expect(await text("/oproepen?q=getijdenenergie&status=closed")).toContain("Getijdenenergie");
    });

    it("shows a call scheduled for publication from its moment on, though the page was kept", async () => {
      now = new Date("2026-11-24T08:00:00.000Z");
      await buildCall(ctx.writer, { slug: "golfslagenergie", title: "Golfslagenergie", publishAt: "2026-11-24T09:00:00.000Z" });
      expect(await text("/zoeken?q=golfslagenergie")).toContain("Geen resultaten");
      now = new Date("2026-11-24T09:00:01.000Z");
      expect(await text("/zoeken?q=golfslagenergie")).not.toContain("Geen resultaten");
    });
  });
}
