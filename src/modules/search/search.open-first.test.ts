import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { createTestApp, visibleText } from "../../../test/support/test-app.js";
import { seedDemoIfEmpty } from "../demo/seed-demo.js";

const NOW = new Date("2026-11-23T10:00:00Z");
const xml = new XMLParser({ isArray: (name) => name === "item" });

interface CallPage {
  items: { slug: string; title: string; status: string }[];
  total: number;
  expansions: string[];
}

for (const dialect of DIALECTS) {
  describe(`what was searched, and open calls first, on every channel (${dialect})`, () => {
    let db: TestDb;
    let ctx: ReturnType<typeof createTestApp>;
    const page = async (path: string) => (await ctx.app.request(path)).text();
    const api = async (path: string) => (await (await ctx.app.request(path)).json()) as CallPage;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db, { now: NOW });
      await seedDemoIfEmpty(db.kysely, ctx.writer, NOW);
    });
    afterAll(() => db.destroy());

    it("says which translations it searched, with a link that searches without them", async () => {
      const html = await page("/zoeken?q=stedenbanden");
      const text = visibleText(html);
      expect(text).toContain("Ook gezocht op: town twinning.");
      expect(html).toContain('href="/oproepen/cerv-town-twinning');
      expect(html).toContain('href="/zoeken?q=stedenbanden&amp;translate=no"');
      // Only the Dutch info session has the Dutch word.
      const without = await page("/zoeken?q=stedenbanden&translate=no");
      expect(without).not.toContain('href="/oproepen/cerv-town-twinning');
      expect(visibleText(without)).not.toContain("Ook gezocht op");
      expect(visibleText(await page("/en/search?q=stedenbanden"))).toContain("Also searched for: town twinning.");
    });

    it("returns the expansions in the API, and none without translations", async () => {
      const body = await api("/api/v1/calls?q=stedenbanden");
      expect(body.expansions).toEqual(["town twinning"]);
      expect(body.items.map((c) => c.slug)).toEqual(["cerv-town-twinning"]);
      const without = await api("/api/v1/calls?q=stedenbanden&translate=no");
      expect(without).toMatchObject({ total: 0, expansions: [] });
    });

    it("puts calls that are still open before closed ones, folding the closed ones away on the page", async () => {
      const { items } = await api("/api/v1/calls?q=opleiding&size=50");
      const statuses = items.map((c) => c.status);
      expect(statuses).toContain("closed");
      expect(statuses.slice(statuses.indexOf("closed")).every((s) => s === "closed")).toBe(true);

      const html = await page("/oproepen?q=opleiding");
      const closedCount = statuses.filter((s) => s === "closed").length;
      expect(visibleText(html)).toContain(`Toon ook afgesloten oproepen (${closedCount})`);
      const folded = html.slice(html.indexOf('<details class="closed-results">'));
      expect(folded).toContain('href="/oproepen/esf-oproep-608-loopbaanbegeleiding-zorg');
      expect(html.slice(0, html.indexOf('<details class="closed-results">'))).toContain(
        'href="/oproepen/esf-oproep-622-opleidingsmodellen-kmos',
      );
      // The status facet still filters on closed calls, and then shows them as they are.
      const closed = await page("/oproepen?q=opleiding&status=closed");
      expect(closed).toContain('href="/oproepen/esf-oproep-608-loopbaanbegeleiding-zorg');
      expect(closed).not.toContain('<details class="closed-results">');
    });

    it("gives the feeds the order of the API", async () => {
      const { items } = await api("/api/v1/calls?q=opleiding&size=50");
      const rss = xml.parse(await page("/oproepen/feed.rss?q=opleiding")).rss;
      expect(rss.channel.item.map((i: { title: string }) => i.title)).toEqual(items.map((c) => c.title));
    });

    it("keeps closed calls last when sorted by deadline", async () => {
      const { items } = await api("/api/v1/calls?size=50&sort=deadline");
      const statuses = items.map((c) => c.status);
      expect(statuses.slice(statuses.indexOf("closed")).every((s) => s === "closed")).toBe(true);
    });

    it("finds a glossary phrase with its words apart: climate adaptation finds Climate Change Adaptation", async () => {
      const { items } = await api("/api/v1/calls?q=climate%20adaptation");
      expect(items.map((c) => c.title)).toContain("Climate Change Adaptation");
    });

    it("does not correct a word that is spelt right, but does correct a typo", async () => {
      expect(visibleText(await page("/zoeken?q=renovatie"))).not.toContain("Bedoelde je");
      const typo = await ctx.deps.search.search({ q: "opleidnig" }, NOW);
      expect(typo.didYouMean).toBe("opleiding");
    });
  });
}
