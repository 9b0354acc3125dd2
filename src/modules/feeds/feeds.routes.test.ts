import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser } from "fast-xml-parser";
import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCatalogue } from "../../../test/support/catalogue-fixture.js";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { buildCall } from "../../../test/support/factories.js";
import { createTestApp } from "../../../test/support/test-app.js";

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" || name === "entry" });
const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const vevents = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");

for (const dialect of DIALECTS) {
  describe(`feeds, calendars and CSV for any search (${dialect})`, () => {
    let db: TestDb;
    let ctx: ReturnType<typeof createTestApp>;
    let data: Awaited<ReturnType<typeof buildCatalogue>>;
    let dst: Awaited<ReturnType<typeof buildCall>>;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db);
      data = await buildCatalogue(ctx.writer);
      // Brussels moves to summer time on 28 March 2027: same wall-clock hour, different UTC hour.
      dst = await buildCall(ctx.writer, {
        title: "Zomertijdoproep",
        code: "DST-2027",
        deadlines: [
          { date: "2027-03-26", time: "17:00", label: "fase 1" },
          { date: "2027-03-29", time: "17:00", label: "fase 2" },
        ],
      });
      await buildCall(ctx.writer, {
        title: '=HYPERLINK("http://evil.example") oproep',
        code: "@SUM(A1)",
        deadlines: [{ date: "2027-01-15" }],
      });
    });
    afterAll(() => db.destroy());

    const fetchText = async (path: string, type: string) => {
      const res = await ctx.app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type")).toContain(type);
      return res.text();
    };

    it("gives RSS 2.0 of the calls overview's search, with its filters", async () => {
      const rss = xml.parse(await fetchText("/oproepen/feed.rss?status=open", "application/rss+xml")).rss;
      expect(rss["@_version"]).toBe("2.0");
      const titles = asList(rss.channel.item).map((i: { title: string }) => i.title);
      expect(titles).toContain("Leerecosystemen fase 2");
      expect(titles).toContain("Zomertijdoproep");
      expect(titles).not.toContain("Afgesloten oproep");
      const item = asList(rss.channel.item).find((i: { title: string }) => i.title === "Leerecosystemen fase 2");
      expect(item.link).toBe(`http://localhost:3000/oproepen/${data.open.slug}`);
      expect(item.description).toContain("Oproep 65 · open · Deadline: 10 december 2026 12:00");
      expect(rss.channel.link).toBe("http://localhost:3000/oproepen?status=open");
      const closed = xml.parse(await fetchText("/oproepen/feed.rss?status=closed", "application/rss+xml")).rss;
      expect(asList(closed.channel.item).map((i: { title: string }) => i.title)).toEqual(["Afgesloten oproep"]);
    });

    it("gives Atom of any search, in English under /en", async () => {
      const atom = xml.parse(await fetchText("/en/search/feed.atom?q=leerecosystemen", "application/atom+xml")).feed;
      expect(atom["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
      expect(atom.title).toBe("Subsidiegids – Search results: leerecosystemen");
      const entries = asList(atom.entry) as { title: { "#text": string } | string; link: { "@_href": string } }[];
      const titles = entries.map((e) => (typeof e.title === "string" ? e.title : e.title["#text"]));
      expect(titles).toContain("Leerecosystemen fase 2");
      expect(entries.some((e) => e.link["@_href"] === `http://localhost:3000/en/calls/${data.open.slug}`)).toBe(true);
      const nl = xml.parse(await fetchText("/oproepen/feed.atom", "application/atom+xml")).feed;
      expect(asList(nl.entry).length).toBeGreaterThanOrEqual(6);
    });

    it("puts a call's deadlines in the calendar at the right Brussels hour across a DST change, with stable UIDs", async () => {
      const first = await fetchText(`/oproepen/${dst.slug}/agenda.ics`, "text/calendar");
      const events = vevents(first).sort((a, b) => String(a.uid).localeCompare(String(b.uid)));
      expect(events.map((e) => e.start.toISOString())).toEqual(["2027-03-26T16:00:00.000Z", "2027-03-29T15:00:00.000Z"]);
      expect(events[0]?.summary).toBe("Deadline: Zomertijdoproep (fase 1)");
      expect(events.map((e) => e.uid)).toEqual([
        `call-${dst.id}-deadline-1@subsidiegids`,
        `call-${dst.id}-deadline-2@subsidiegids`,
      ]);
      const second = await fetchText(`/oproepen/${dst.slug}/agenda.ics`, "text/calendar");
      expect(second).toBe(first);
    });

    it("makes a date-only deadline an all-day entry, and an event a timed one with its place", async () => {
      const call = vevents(await fetchText(`/oproepen/${data.open.slug}/agenda.ics`, "text/calendar"));
      const allDay = call.find((e) => String(e.summary).endsWith("(fase 2)"));
      expect(allDay?.datetype).toBe("date");
      expect(allDay?.start.toISOString().slice(0, 10)).toBe("2027-03-01");
      const timed = call.find((e) => String(e.summary).endsWith("(fase 1)"));
      expect(timed?.start.toISOString()).toBe("2026-12-10T11:00:00.000Z");

      const [online] = vevents(await fetchText(`/evenementen/${data.event.slug}/agenda.ics`, "text/calendar"));
      expect(online?.uid).toBe(`event-${data.event.id}@subsidiegids`);
      expect(online?.start.toISOString()).toBe("2026-12-03T09:00:00.000Z");
      expect(online?.end?.toISOString()).toBe("2026-12-03T11:00:00.000Z");
      expect(online?.location).toBe("online");
      const [placed] = vevents(await fetchText(`/en/events/${data.pastEvent.slug}/agenda.ics`, "text/calendar"));
      expect(placed?.location).toBe("Herman Teirlinckgebouw, Brussel");
      expect((await ctx.app.request("/oproepen/bestaat-niet/agenda.ics")).status).toBe(404);
    });

    it("gives the public agenda of coming events, linked from the events page, in both languages", async () => {
      const nl = await fetchText("/evenementen/agenda.ics", "text/calendar");
      const uids = vevents(nl).map((e) => String(e.uid));
      expect(uids).toContain(`event-${data.event.id}@subsidiegids`);
      expect(uids).not.toContain(`event-${data.pastEvent.id}@subsidiegids`);
      expect(nl).toContain("X-WR-CALNAME:Subsidiegids – Evenementen");
      const en = await fetchText("/en/events/agenda.ics", "text/calendar");
      expect(vevents(en).map((e) => String(e.uid))).toEqual(uids);
      expect(en).toContain("X-WR-CALNAME:Subsidiegids – Events");
      expect(await (await ctx.app.request("/evenementen")).text()).toContain('href="/evenementen/agenda.ics"');
      expect(await (await ctx.app.request("/en/events")).text()).toContain('href="/en/events/agenda.ics"');
    });

    it("gives a calendar of a whole search: every deadline of the calls and the events", async () => {
      const calls = vevents(await fetchText("/oproepen/agenda.ics?status=open", "text/calendar"));
      const uids = calls.map((e) => String(e.uid));
      expect(uids).toContain(`call-${dst.id}-deadline-2@subsidiegids`);
      expect(uids).toContain(`call-${data.open.id}-deadline-1@subsidiegids`);
      expect(uids.some((u) => u.startsWith(`call-${data.closed.id}-`))).toBe(false);
      const search = vevents(await fetchText("/zoeken/agenda.ics?q=infosessie", "text/calendar"));
      expect(search.map((e) => e.uid)).toContain(`event-${data.event.id}@subsidiegids`);
    });

    it("names a search's calendar after its words without the markup a hostile search carries", async () => {
      const calendarName = (ics: string) => /X-WR-CALNAME:(.*)/.exec(ics.replace(/\r\n[ \t]/g, ""))?.[1] ?? "";
      const named = await fetchText(
        `/zoeken/agenda.ics?q=${encodeURIComponent("<script>alert('x')</script> kmo")}`,
        "text/calendar",
      );
      expect(calendarName(named)).toBe("Subsidiegids – Zoekresultaten: script alert('x') /script kmo");
      expect(named).not.toContain("<script");
      const long = await fetchText(`/en/calls/agenda.ics?q=${"erasmus ".repeat(30)}`, "text/calendar");
      const name = calendarName(long);
      expect(name.startsWith("Subsidiegids – Calls: erasmus erasmus")).toBe(true);
      expect(name.endsWith("…")).toBe(true);
      expect(name.length).toBeLessThan(120);
    });

    it("exports a search as CSV with a BOM, parsed back with formula cells neutralised", async () => {
      const res = await ctx.app.request("/oproepen/export.csv?status=open");
      expect(res.headers.get("content-type")).toContain("text/csv");
      expect(res.headers.get("content-disposition")).toContain("attachment");
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
      const rows: Record<string, string>[] = parseCsv(text, { bom: true, columns: true });
      const open = rows.find((r) => r.code === "Oproep 65");
      expect(open).toMatchObject({
        type: "call",
        titel: "Leerecosystemen fase 2",
        status: "open",
        "volgende deadline": "2026-12-10 12:00 (fase 1)",
      });
      expect(open?.["alle deadlines"]).toBe("2026-12-10 12:00 (fase 1); 2027-03-01 (fase 2)");
      expect(open?.["thema's"]).toBe("Werk en sociale zaken");
      const evil = rows.find((r) => r.titel?.includes("HYPERLINK"));
      expect(evil?.titel).toBe('\'=HYPERLINK("http://evil.example") oproep');
      expect(evil?.code).toBe("'@SUM(A1)");
      expect(rows.some((r) => r.titel === "Afgesloten oproep")).toBe(false);
    });
  });
}
