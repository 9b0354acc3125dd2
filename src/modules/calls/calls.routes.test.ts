import { describe, expect, it } from "vitest";
import { useCatalogueSuite } from "../../../test/support/catalogue-suite.js";
import { DIALECTS } from "../../../test/support/dialects.js";
import { expectNoLeftovers, visibleText } from "../../../test/support/test-app.js";

for (const dialect of DIALECTS) {
  describe(`call pages (${dialect})`, () => {
    const suite = useCatalogueSuite(dialect);

    it("shows a call with the origin page's sections in their order", async () => {
      const res = await suite.ctx.app.request(`/oproepen/${suite.data.open.slug}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expectNoLeftovers(html);
      const text = visibleText(html);
      const order = ["Deadlines", "Code", "Inleiding", "Doelstellingen", "Info & contact"].map((h) => text.indexOf(` ${h} `));
      expect(order.every((i) => i > 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(text).toContain("10 december 2026, 12:00 Brusselse tijd (fase 1)");
      expect(text).toContain("1 maart 2027 (fase 2)");
      expect(text).toContain("nog 17 dagen");
      expect(text).toContain("Oproep 65");
      expect(text).toContain("maximaal 25% AMIF");
      expect(text).toContain("minimaal 50% eigen middelen");
      expect(text).toContain("Jan Peeters");
      expect(text).toContain("Infosessie oproep 65");
      // Beneficiaries and themes come from the programme when the call has none of its own.
      expect(text).toContain("Scholen");
      expect(text).toContain("Volgens het programma");
      expect(html).toContain('href="/"');
      expect(html).toContain("Terug naar overzicht");
    });

    it("says so when a call has no deadline, and when it opens later", async () => {
      const none = visibleText(await (await suite.ctx.app.request(`/oproepen/${suite.data.noDeadline.slug}`)).text());
      expect(none).toContain("Geen deadline bekend");
      expect(none).toContain("Open");
      const later = visibleText(await (await suite.ctx.app.request(`/oproepen/${suite.data.forthcoming.slug}`)).text());
      expect(later).toContain("Binnenkort open");
      expect(later).toContain("Opent op 1 februari 2027");
      expect(later).not.toContain("Geopend op");
    });

    it("lists calls by status with the nearest deadline first", async () => {
      const open = visibleText(await (await suite.ctx.app.request("/oproepen?status=open")).text());
      expect(open).toContain("Leerecosystemen fase 2");
      expect(open).toContain("Oproep zonder deadline");
      expect(open.indexOf("Leerecosystemen fase 2")).toBeLessThan(open.indexOf("Oproep zonder deadline"));
      expect(open).not.toContain("Afgesloten oproep");
      const closed = visibleText(await (await suite.ctx.app.request("/oproepen?status=closed")).text());
      expect(closed).toContain("Afgesloten oproep");
      expect(closed).not.toContain("Leerecosystemen fase 2");
    });

    it("keeps the visitor's list when going back: the overview's address travels in the link", async () => {
      const overview = await (await suite.ctx.app.request("/oproepen?status=open&page=1")).text();
      const link = new RegExp(`href="(/oproepen/${suite.data.open.slug}\\?terug=[^"]+)"`).exec(overview)?.[1];
      expect(link).toBeDefined();
      const html = await (await suite.ctx.app.request((link as string).replaceAll("&amp;", "&"))).text();
      expect(html).toContain('<a href="/oproepen?status=open&amp;page=1">← Terug naar overzicht</a>');
      const english = await (
        await suite.ctx.app.request(`/en/calls/${suite.data.open.slug}?terug=%2Foproepen%3Fstatus%3Dclosed`)
      ).text();
      expect(english).toContain('<a href="/en/calls?status=closed">← Back to overview</a>');
    });

    it("never lets the back link leave the site", async () => {
      for (const evil of ["//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:alert(1)", "/\r\nevil"]) {
        const html = await (
          await suite.ctx.app.request(`/oproepen/${suite.data.open.slug}?terug=${encodeURIComponent(evil)}`)
        ).text();
        expect(html, evil).toContain('<a href="/oproepen">← Terug naar overzicht</a>');
      }
    });

    it("serves the same call in English under /en", async () => {
      const res = await suite.ctx.app.request(`/en/calls/${suite.data.open.slug}`);
      expect(res.status).toBe(200);
      const html = await res.text();
      const text = visibleText(html);
      // The call is written in Dutch: the page says so, and marks its text as Dutch.
      expect(text).toContain("Only available in Dutch.");
      expect(html).toContain('<article class="detail" lang="nl">');
      expect(html).toContain('<section class="decision-box" aria-labelledby="decision-title" lang="en">');
      expect(text).toContain("Introduction");
      expect(text).toContain("10 December 2026");
      expect(text).toContain("at most 25% AMIF");
    });

    it("says on a Dutch page that an English call is only available in English", async () => {
      const { buildCall } = await import("../../../test/support/factories.js");
      const call = await buildCall(suite.ctx.writer, { title: "Clean hydrogen", language: "en" });
      const html = await (await suite.ctx.app.request(`/oproepen/${call.slug}`)).text();
      expect(visibleText(html)).toContain("Alleen beschikbaar in het Engels.");
      expect(html).toContain('<article class="detail" lang="en">');
      expect(visibleText(await (await suite.ctx.app.request(`/en/calls/${call.slug}`)).text())).not.toContain("Only available");
    });

    it("answers an unknown call with a helpful 404 in the visitor's language", async () => {
      const res = await suite.ctx.app.request("/oproepen/bestaat-niet");
      expect(res.status).toBe(404);
      const html = await res.text();
      expect(visibleText(html)).toContain("Deze oproep bestaat niet (meer).");
      expect(html).toContain('value="bestaat niet"');
      const en = await suite.ctx.app.request("/en/calls/missing");
      expect(en.status).toBe(404);
      expect(visibleText(await en.text())).toContain("This call does not exist (any more).");
    });

    it("hides drafts and calls scheduled for later", async () => {
      const { buildCall } = await import("../../../test/support/factories.js");
      const draft = await buildCall(suite.ctx.writer, { title: "Concept", state: "draft" });
      const scheduled = await buildCall(suite.ctx.writer, { title: "Gepland", publishAt: "2027-01-01T00:00:00.000Z" });
      expect((await suite.ctx.app.request(`/oproepen/${draft.slug}`)).status).toBe(404);
      expect((await suite.ctx.app.request(`/oproepen/${scheduled.slug}`)).status).toBe(404);
    });
  });
}
