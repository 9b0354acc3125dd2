import ical, { type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { buildCall, buildEvent, buildProgramme, buildTheme } from "../../../test/support/factories.js";
import { visitorClient } from "../../../test/support/http-client.js";
import { memberPageText, signedInMember } from "../../../test/support/members.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { SESSION_COOKIE } from "../../platform/http/session.js";
import { callInput } from "../calls/call.input.js";
import { callStore } from "../calls/call.store.js";
import { follow } from "./follows.repository.js";

const vevents = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");

for (const dialect of DIALECTS) {
  describe(`a member's personal calendar feed (${dialect})`, () => {
    let db: TestDb;
    let ctx: ReturnType<typeof createTestApp>;
    let client: ReturnType<typeof visitorClient>;
    let followed: Awaited<ReturnType<typeof buildCall>>;
    const made = {} as Record<"themeEvent" | "inheritedEvent" | "callEvent" | "otherEvent", number>;

    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db);
      const w = ctx.writer;
      const theme = await buildTheme(w, { nameNl: "Onderwijs" });
      const other = await buildTheme(w, { nameNl: "Milieu" });
      const programme = await buildProgramme(w, { themes: [theme.slug] });
      followed = await buildCall(w, {
        title: "Gevolgde oproep",
        deadlines: [
          { date: "2027-03-26", time: "17:00", label: "fase 1" },
          { date: "2027-05-04", label: "fase 2" },
        ],
      });
      const inTheme = await buildCall(w, { title: "Oproep in het thema", themes: [theme.slug] });
      const inherits = await buildCall(w, { title: "Oproep van het programma", programme: programme.slug });
      const unrelated = await buildCall(w, { title: "Andere oproep", themes: [other.slug], deadlines: [{ date: "2027-01-10" }] });
      made.callEvent = (await buildEvent(w, { title: "Infosessie gevolgde oproep", calls: [followed.slug] })).id;
      made.themeEvent = (await buildEvent(w, { title: "Infosessie thema", calls: [inTheme.slug] })).id;
      made.inheritedEvent = (await buildEvent(w, { title: "Infosessie programma", calls: [inherits.slug] })).id;
      made.otherEvent = (await buildEvent(w, { title: "Infosessie milieu", calls: [unrelated.slug] })).id;
      const member = await signedInMember(db.kysely, "agenda@example.be", ctx.now);
      await follow(db.kysely, member.id, "call", followed.id, ctx.now);
      await follow(db.kysely, member.id, "theme", theme.id, ctx.now);
      client = visitorClient(ctx.app);
      client.cookies.set(SESSION_COOKIE, member.token);
    });
    afterAll(() => db.destroy());

    /** Makes (or renews) the address through the page's button and returns its path. */
    async function makeAddress(path = "/mijn-gids/agenda") {
      await client.get(path);
      const res = await client.post(path);
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      const address = /id="calendar-address" readonly="" value="([^"]+)"/.exec(await res.text())?.[1];
      expect(address).toMatch(/^http:\/\/localhost:3000\/.*\/agenda\.ics$/);
      return new URL(address as string).pathname;
    }

    /** A calendar app: no cookie, just the address. */
    async function fetchCalendar(path: string) {
      const res = await ctx.app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      expect(res.headers.get("cache-control")).toContain("private");
      expect(res.headers.get("set-cookie")).toBeNull();
      return vevents(await res.text());
    }

    it("is linked from Mijn gids with short instructions per calendar app", async () => {
      expect(await memberPageText(client, "/mijn-gids")).toContain("Mijn deadlines en evenementen in mijn agenda");
      const text = await memberPageText(client, "/mijn-gids/agenda");
      expect(text).toContain("U heeft nog geen agenda-adres.");
      expect(client.lastHtml).toContain('href="/en/my-guide/calendar"');
      for (const app of ["Google Agenda", "Outlook", "Apple Agenda"]) expect(text).toContain(app);
    });

    it("holds the followed call's deadlines and the events of followed themes, parsed by a calendar library", async () => {
      const events = await fetchCalendar(await makeAddress());
      const uids = events.map((e) => String(e.uid)).sort();
      expect(uids).toEqual(
        [
          `call-${followed.id}-deadline-1@subsidiegids`,
          `call-${followed.id}-deadline-2@subsidiegids`,
          `event-${made.callEvent}@subsidiegids`,
          `event-${made.themeEvent}@subsidiegids`,
          `event-${made.inheritedEvent}@subsidiegids`,
        ].sort(),
      );
      const timed = events.find((e) => e.uid === `call-${followed.id}-deadline-1@subsidiegids`);
      expect(timed?.start.toISOString()).toBe("2027-03-26T16:00:00.000Z");
      const allDay = events.find((e) => e.uid === `call-${followed.id}-deadline-2@subsidiegids`);
      expect(allDay?.datetype).toBe("date");
      expect(allDay?.summary).toBe("Deadline: Gevolgde oproep (fase 2)");
    });

    it("raises SEQUENCE and keeps the UID when a deadline moves", async () => {
      const path = await makeAddress();
      const before = (await fetchCalendar(path)).find((e) => e.uid === `call-${followed.id}-deadline-1@subsidiegids`);
      await ctx.writer.save(callStore, {
        id: followed.id,
        input: callInput.parse({
          ...followed,
          deadlines: [{ ...followed.deadlines?.[0], date: "2027-04-02" }, followed.deadlines?.[1]],
        }),
        actor: "import:eu-ft",
      });
      const after = (await fetchCalendar(path)).find((e) => e.uid === `call-${followed.id}-deadline-1@subsidiegids`);
      expect(after?.start.toISOString()).toBe("2027-04-02T15:00:00.000Z");
      expect(Number(after?.sequence)).toBeGreaterThan(Number(before?.sequence));
    });

    it("stops the old address when the member makes a new one, and never shows an address again", async () => {
      const old = await makeAddress();
      const renewed = await makeAddress();
      expect(renewed).not.toBe(old);
      expect((await ctx.app.request(old)).status).toBe(404);
      expect((await fetchCalendar(renewed)).length).toBe(5);
      const later = await (await client.get("/mijn-gids/agenda")).text();
      expect(later).not.toContain(renewed);
      expect(later).toContain("Uw agenda-adres werd gemaakt op");
      expect((await ctx.app.request("/mijn-agenda/verzonnen/agenda.ics")).status).toBe(404);
    });

    it("works in English, with an English calendar", async () => {
      const path = await makeAddress("/en/my-guide/calendar");
      expect(path).toMatch(/^\/en\/my-calendar\//);
      const res = await ctx.app.request(path);
      expect(await res.text()).toContain("X-WR-CALNAME:Subsidiegids – My deadlines and events");
    });
  });
}
