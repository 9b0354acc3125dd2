import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { buildCall } from "../../../test/support/factories.js";
import { createTestApp } from "../../../test/support/test-app.js";

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" || name === "entry" });

/**
 * Feed readers and crawlers ask again and again; between writes the answer is kept, and a
 * client that sends its ETag back gets 304 before any search runs. Queries are counted in
 * Kysely's own log: what is left is the read of the catalogue's generation and the client's
 * rate-limit count (`NOTHING_READ`).
 */
const NOTHING_READ = 2;

for (const dialect of DIALECTS) {
  describe(`kept feeds, calendars and sitemap (${dialect})`, () => {
    let db: TestDb;
    let ctx: ReturnType<typeof createTestApp>;
    let counting = false;
    let queries = 0;
    let slug: string;

    beforeAll(async () => {
      db = await createTestDb(dialect, {
        log: (event) => {
          if (counting && event.level === "query") queries++;
        },
      });
      ctx = createTestApp(db);
      slug = (await buildCall(ctx.writer, { title: "Zonnepanelen op scholen", deadlines: [{ date: "2099-05-07" }] })).slug;
    });
    afterAll(() => db.destroy());

    const get = async (path: string, headers: Record<string, string> = {}) => {
      queries = 0;
      counting = true;
      const res = await ctx.app.request(path, { headers });
      const body = await res.text();
      counting = false;
      return { status: res.status, etag: res.headers.get("etag"), body, queries, location: res.headers.get("location") };
    };

    it("answers a feed asked again from what it kept, and a revalidation with 304 before any search", async () => {
      for (const path of [
        "/oproepen/feed.rss?q=zonnepanelen",
        "/en/search/feed.atom",
        "/sitemap.xml",
        `/oproepen/${slug}/agenda.ics`,
        "/evenementen/agenda.ics",
      ]) {
        const first = await get(path);
        expect(first.status, path).toBe(200);
        expect(first.etag, path).toMatch(/^"[\w-]+"$/);
        const again = await get(path);
        expect(again.body, path).toBe(first.body);
        expect(again.queries, path).toBeLessThanOrEqual(NOTHING_READ);
        const revalidated = await get(path, { "If-None-Match": first.etag as string });
        expect(revalidated.status, path).toBe(304);
        expect(revalidated.body, path).toBe("");
        expect(revalidated.queries, path).toBeLessThanOrEqual(NOTHING_READ);
      }
    });

    it("keeps one feed for every URL of the same search, whatever else the URL carries", async () => {
      const plain = await get("/oproepen/feed.rss?q=zonnepanelen");
      const tagged = await get("/oproepen/feed.rss?utm_source=nieuwsbrief&q=zonnepanelen&ref=zwartevogel");
      expect(tagged.status).toBe(200);
      expect(tagged.etag).toBe(plain.etag);
      expect(tagged.queries).toBeLessThanOrEqual(NOTHING_READ);
      expect(tagged.body).not.toContain("utm_source");
      expect(tagged.body).not.toContain("zwartevogel");
    });

    it("gives a new feed with a new ETag after a write, and the old ETag no longer gets 304", async () => {
      const before = await get("/oproepen/feed.rss?q=zonnepanelen");
      await buildCall(ctx.writer, { title: "Zonnepanelen op sporthallen", deadlines: [{ date: "2099-06-01" }] });
      const after = await get("/oproepen/feed.rss?q=zonnepanelen", { "If-None-Match": before.etag as string });
      expect(after.status).toBe(200);
      expect(after.etag).not.toBe(before.etag);
      expect(after.body).toContain("Zonnepanelen op sporthallen");
    });

    it("dates an empty feed by when it was read, not 1970", async () => {
      const empty = xml.parse((await get("/zoeken/feed.rss?q=onvindbaarwoord")).body).rss;
      expect(empty.channel.item).toBeUndefined();
      expect(new Date(empty.channel.lastBuildDate).getUTCFullYear()).toBeGreaterThanOrEqual(2026);
      const atom = xml.parse((await get("/zoeken/feed.atom?q=onvindbaarwoord")).body).feed;
      expect(new Date(atom.updated).getUTCFullYear()).toBeGreaterThanOrEqual(2026);
    });

    it("sends a search page with parameters no search reads to the same page without them", async () => {
      const tagged = await get("/oproepen?utm_campaign=lente&q=zonnepanelen&fbclid=abc");
      expect(tagged.status).toBe(301);
      expect(tagged.location).toBe("/oproepen?q=zonnepanelen");
      expect((await get("/en/search?ref=x")).location).toBe("/en/search");
      expect((await get("/zoeken?q=zon&status=open&page=1")).status).toBe(200);
    });
  });
}
