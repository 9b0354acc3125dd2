import { describe, expect, it } from "vitest";
import { pageText, useCatalogueSuite } from "../../../test/support/catalogue-suite.js";
import { DIALECTS } from "../../../test/support/dialects.js";

for (const dialect of DIALECTS) {
  describe(`event pages (${dialect})`, () => {
    const suite = useCatalogueSuite(dialect);

    it("shows date, Brussels time, place, organiser, contact and who published it", async () => {
      const text = await pageText(suite.ctx.app, `/evenementen/${suite.data.event.slug}`);
      expect(text).toContain("do 3 december 2026");
      expect(text).toContain("10:00-12:00");
      expect(text).toContain("Locatie Online");
      expect(text).toContain("Een initiatief van Europa WSE");
      expect(text).toContain("Lisa Vermeulen, lisa.vermeulen@example.be");
      expect(text).toContain("Gepubliceerd op 1 november 2026 door Redactie Subsidiegids");
      expect(text).toContain("Leerecosystemen fase 2");
      expect(text).toContain("Inschrijven of meer info");
    });

    it("lists upcoming and past events, past ones with their recording", async () => {
      const text = await pageText(suite.ctx.app, "/evenementen");
      const upcoming = text.indexOf("Komende evenementen");
      const past = text.indexOf("Voorbije evenementen");
      expect(text.indexOf("Infosessie oproep 65")).toBeGreaterThan(upcoming);
      expect(text.indexOf("Infosessie oproep 65")).toBeLessThan(past);
      expect(text.indexOf("Terugblik webinar")).toBeGreaterThan(past);
      expect(text).toContain("opname beschikbaar");
      const pastPage = await pageText(suite.ctx.app, `/evenementen/${suite.data.pastEvent.slug}`);
      expect(pastPage).toContain("di 3 maart 2026 voorbij");
      expect(pastPage).toContain("Bekijk de opname");
      expect(await pageText(suite.ctx.app, `/evenementen/${suite.data.event.slug}`)).not.toContain("voorbij");
    });

    it("shows a month calendar and tolerates a malformed month", async () => {
      const december = await pageText(suite.ctx.app, "/evenementen?view=month&month=2026-12");
      expect(december).toContain("december 2026");
      expect(december).toContain("Infosessie oproep 65");
      const fallback = await pageText(suite.ctx.app, "/evenementen?view=month&month=13-2026");
      expect(fallback).toContain("november 2026");
    });

    it("shows the events of the grid's leading and trailing days, not only of the month itself", async () => {
      const { buildEvent } = await import("../../../test/support/factories.js");
      // December 2026's grid runs from Monday 30 November to Sunday 10 January.
      await buildEvent(suite.ctx.writer, { title: "Nieuwjaarsreceptie", startsAt: "2027-01-08T17:00:00.000Z" });
      await buildEvent(suite.ctx.writer, { title: "Slotevent november", startsAt: "2026-11-30T09:00:00.000Z" });
      await buildEvent(suite.ctx.writer, { title: "Te laat voor het rooster", startsAt: "2027-01-11T09:00:00.000Z" });
      const december = await pageText(suite.ctx.app, "/evenementen?view=month&month=2026-12");
      expect(december).toContain("18:00 Nieuwjaarsreceptie");
      expect(december).toContain("10:00 Slotevent november");
      expect(december).not.toContain("Te laat voor het rooster");
    });

    it("serves English under /en/events", async () => {
      const text = await pageText(suite.ctx.app, `/en/events/${suite.data.event.slug}`);
      expect(text).toContain("Organised by Europa WSE");
      expect(text).toContain("Thu, 3 December 2026");
    });
  });
}
