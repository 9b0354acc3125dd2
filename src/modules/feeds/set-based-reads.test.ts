import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { buildBeneficiaryType, buildCall, buildProgramme, buildTheme } from "../../../test/support/factories.js";
import { createTestApp, visibleText } from "../../../test/support/test-app.js";
import { readCallFacts, readCalls } from "../calls/call-reader.js";

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" || name === "entry" });
const vevents = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");

/**
 * A page of the API, a feed, a CSV or an ICS file reads its calls in the same number of
 * queries whatever its length: counted in Kysely's own query log, for 10 and 100 results.
 */
for (const dialect of DIALECTS) {
  describe(`set-based reads of calls (${dialect})`, () => {
    let db: TestDb;
    let ctx: ReturnType<typeof createTestApp>;
    let counting = false;
    let queries = 0;
    let small: string;
    let large: string;

    beforeAll(async () => {
      db = await createTestDb(dialect, {
        log: (event) => {
          // The rate limit claims a share of requests at a time, so not every request counts itself: the reads are counted.
          if (counting && event.level === "query" && !event.query.sql.includes("rate_limits")) queries++;
        },
      });
      ctx = createTestApp(db);
      const theme = await buildTheme(ctx.writer);
      const type = await buildBeneficiaryType(ctx.writer);
      // Every part of the aggregate is there: own and inherited themes and beneficiaries, deadlines, shares, links, contacts.
      const programmeOf = (name: string) =>
        buildProgramme(ctx.writer, { name, themes: [theme.slug], beneficiaryTypes: [type.slug], partnersNeeded: "yes" });
      small = (await programmeOf("Klein programma")).slug;
      large = (await programmeOf("Groot programma")).slug;
      for (let i = 0; i < 110; i++) {
        await buildCall(ctx.writer, {
          title: `Oproep ${i}`,
          code: `SET-${i}`,
          programme: i < 10 ? small : large,
          deadlines: [
            { date: "2027-01-15", time: "17:00", label: "fase 1" },
            { date: `2027-03-${String((i % 28) + 1).padStart(2, "0")}` },
          ],
          cofinancingShares: [{ source: "EU", bound: "max", percent: 80 }],
          links: [{ label: "Oproeptekst", url: `https://example.org/oproep-${i}` }],
          contacts: [{ name: `Contact ${i}`, email: `contact${i}@example.org` }],
          themes: i % 2 ? [theme.slug] : null,
          beneficiaryTypes: i % 3 ? null : [type.slug],
          partnersNeeded: i % 4 ? null : "no",
        });
      }
      await ctx.app.request("/api/v1/calls?size=1");
    }, 120_000);
    afterAll(() => db.destroy());

    const counted = async (path: string) => {
      queries = 0;
      counting = true;
      const res = await ctx.app.request(path);
      const body = await res.text();
      counting = false;
      expect(res.status, path).toBe(200);
      return { body, queries };
    };

    it("reads a page of the API in as many queries for 100 calls as for 10", async () => {
      const ten = await counted(`/api/v1/calls?programme=${small}&size=100`);
      const hundred = await counted(`/api/v1/calls?programme=${large}&size=100`);
      expect(JSON.parse(ten.body).items).toHaveLength(10);
      expect(JSON.parse(hundred.body).items).toHaveLength(100);
      expect(ten.queries).toBeGreaterThan(0);
      expect(hundred.queries).toBe(ten.queries);
    });

    it("reads an RSS feed in as many queries for 100 calls as for 10", async () => {
      const ten = await counted(`/oproepen/feed.rss?programme=${small}`);
      const hundred = await counted(`/oproepen/feed.rss?programme=${large}`);
      expect(xml.parse(ten.body).rss.channel.item).toHaveLength(10);
      expect(xml.parse(hundred.body).rss.channel.item).toHaveLength(100);
      expect(ten.queries).toBeGreaterThan(0);
      expect(hundred.queries).toBe(ten.queries);
    });

    it("reads a page of search results with the facts on its cards in as many queries for 20 calls as for 10", async () => {
      const ten = await counted(`/oproepen?programme=${small}`);
      const twenty = await counted(`/oproepen?programme=${large}`);
      expect(ten.body).toContain("10 resultaten");
      expect(twenty.body).toContain("100 resultaten");
      expect(twenty.body.match(/<article class="card"/g)).toHaveLength(20);
      // Every card has its own facts: the call's own beneficiaries or the programme's, and the co-financing.
      expect(twenty.body).toContain("Volgens het programma");
      expect(twenty.body).toContain("maximaal 80% EU");
      expect(visibleText(twenty.body)).toContain("Europese partners nodig? Volgens het programma: Ja");
      expect(visibleText(twenty.body)).toContain("Europese partners nodig? Nee");
      expect(ten.queries).toBeGreaterThan(0);
      expect(twenty.queries).toBe(ten.queries);
    });

    it("gives a card the same facts as the whole call gives its page, in fewer queries, as many for 100 calls as for 10", async () => {
      const ids = (await db.kysely.selectFrom("calls").select("id").orderBy("id").execute()).map((r) => r.id);
      const read = async <T>(reader: () => Promise<T>) => {
        queries = 0;
        counting = true;
        const result = await reader();
        counting = false;
        return { result, queries };
      };
      const cards = (n: number) => read(() => readCallFacts(db.kysely, ids.slice(0, n), ctx.now));
      const whole = (n: number) => read(() => readCalls(db.kysely, ids.slice(0, n), ctx.now));
      const cardsOfTen = await cards(10);
      const cardsOfHundred = await cards(100);
      const wholeOfTen = await whole(10);
      const wholeOfHundred = await whole(100);
      expect(cardsOfHundred.result.size).toBe(100);
      expect(wholeOfHundred.result).toHaveLength(100);
      for (const call of wholeOfHundred.result) expect(cardsOfHundred.result.get(call.id)).toEqual(call.facts);
      expect(cardsOfHundred.queries).toBe(cardsOfTen.queries);
      expect(wholeOfHundred.queries).toBe(wholeOfTen.queries);
      expect(cardsOfTen.queries).toBeGreaterThan(0);
      expect(cardsOfTen.queries).toBeLessThan(wholeOfTen.queries);
    });

    it("reads a CSV export in as many queries for 100 calls as for 10", async () => {
      const ten = await counted(`/oproepen/export.csv?programme=${small}`);
      const hundred = await counted(`/oproepen/export.csv?programme=${large}`);
      expect(parseCsv(ten.body, { bom: true, columns: true })).toHaveLength(10);
      expect(parseCsv(hundred.body, { bom: true, columns: true })).toHaveLength(100);
      expect(ten.queries).toBeGreaterThan(0);
      expect(hundred.queries).toBe(ten.queries);
    });

    it("reads an ICS file in as many queries for 100 calls as for 10", async () => {
      const ten = await counted(`/oproepen/agenda.ics?programme=${small}`);
      const hundred = await counted(`/oproepen/agenda.ics?programme=${large}`);
      expect(vevents(ten.body)).toHaveLength(20);
      expect(vevents(hundred.body)).toHaveLength(200);
      expect(ten.queries).toBeGreaterThan(0);
      expect(hundred.queries).toBe(ten.queries);
    });

    it("exports the whole search in CSV and ICS, beyond the first hundred, with every call's own and inherited facts", async () => {
      const csv = parseCsv((await counted("/oproepen/export.csv")).body, { bom: true, columns: true }) as Record<
        string,
        string
      >[];
      expect(csv).toHaveLength(110);
      expect(new Set(csv.map((row) => row.code)).size).toBe(110);
      const first = csv.find((row) => row.code === "SET-0");
      expect(first?.["alle deadlines"]).toBe("2027-01-15 17:00 (fase 1); 2027-03-01");
      expect(first?.programma).toBe("Klein programma");
      expect(first?.["thema's"]).toBe("Onderwijs");
      const ics = vevents((await counted("/en/calls/agenda.ics")).body);
      expect(ics).toHaveLength(220);
    });

    it("says in the feed and in its link where a feed stops", async () => {
      const rss = xml.parse((await counted("/oproepen/feed.rss")).body).rss;
      expect(rss.channel.item).toHaveLength(100);
      expect(rss.channel.description).toBe(
        "De eerste 100 van 110 resultaten, in de volgorde van de pagina; alle resultaten staan op http://localhost:3000/oproepen en in de CSV-export ervan.",
      );
      const atom = xml.parse((await counted(`/en/calls/feed.atom?programme=${small}`)).body).feed;
      expect(atom.subtitle).toBe("All 10 results of this search.");
      const page = (await counted("/oproepen")).body;
      expect(page).toContain('title="RSS (eerste 100)"');
      expect(page).toContain("CSV (alle resultaten)");
      expect((await counted("/en/calls")).body).toContain("Calendar (ICS, all results)");
    });
  });
}
