import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageText } from "../../../../test/support/catalogue-suite.js";
import { createTestDb, DIALECTS, type TestDb } from "../../../../test/support/dialects.js";
import { buildProgramme } from "../../../../test/support/factories.js";
import { createTestApp } from "../../../../test/support/test-app.js";
import { mergeImport } from "../import-merger.js";
import { pageImporter } from "./pages.importer.js";

const seeds = new URL("../../../../../shared/seeds/", import.meta.url).pathname;

for (const dialect of DIALECTS) {
  describe(`the origin pages as a visitor reads them after an import (${dialect})`, () => {
    let db: TestDb;
    let ctx: ReturnType<typeof createTestApp>;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db);
      // The guide's own ESF+, with the period the origin page does not mention.
      await buildProgramme(ctx.writer, {
        slug: "esf-plus",
        name: "Europees Sociaal Fonds+",
        shortName: "ESF+",
        period: "2021-2027",
      });
      const report = await mergeImport(ctx.writer, await pageImporter.read(seeds, { now: ctx.now }), { actor: "test" });
      expect(report.committed).toBe(true);
    });
    afterAll(() => db.destroy());

    it("keeps what a page does not mention: the ESF+ period", async () => {
      const text = await pageText(ctx.app, "/programmas/esf-plus");
      expect(text).toContain("Periode: 2021-2027");
      expect(text).toContain("Werkingskosten");
    });

    it("puts the call without a deadline of the 2014-2020 Erasmus+ text under that programme, closed", async () => {
      const slug = "erasmus-plus-strategische-partnerschappen-op-het-gebied-van-onderwijs-en-opleiding";
      const text = await pageText(ctx.app, `/oproepen/${slug}`);
      expect(text).toContain("Erasmus+ Onderwijs en Opleiding (2014-2020)");
      expect(text).toContain("Status Afgesloten");
      expect(text).toContain("Geen deadline bekend; de programmaperiode 2014-2020 is voorbij");
      expect(await pageText(ctx.app, "/zoeken?q=strategische+partnerschappen&status=open")).not.toContain(
        "Strategische partnerschappen op het gebied van onderwijs en opleiding",
      );
      // Today's Erasmus+ keeps its own text and period.
      const current = await pageText(ctx.app, "/programmas/erasmus-plus-onderwijs-en-opleiding");
      expect(current).toContain("Periode: 2021-2027");
      expect(current).not.toContain("14,77 miljard");
    });

    it("shows footnotes as marks and a numbered list with its numbers, the bullets under their item", async () => {
      const html = await (await ctx.app.request("/oproepen/erasmus-plus-kenniscentra-voor-beroepsopleiding")).text();
      expect(html).toContain("partnerschapsvormen<sup>190</sup> met de arbeidsmarkt");
      expect(html).not.toMatch(/partnerschapsvormen190|sectoren191/);
      const list = /<ol>\s*<li>op nationaal niveau[\s\S]*?<\/ol>/.exec(html)?.[0] ?? "";
      expect(list.match(/<li>/g)?.length).toBe(4);
      expect(list).toMatch(/<li>Op internationaal niveau[^<]*<ul>\s*<li>specifieke sectoren<sup>191<\/sup>/);
      const text = await pageText(ctx.app, "/oproepen/erasmus-plus-kenniscentra-voor-beroepsopleiding");
      expect(text.indexOf("Deze kenniscentra zijn op twee niveaus actief:")).toBeLessThan(text.indexOf("op nationaal niveau"));
    });

    it("keeps the sentence that introduces a key action's list before that list", async () => {
      const text = await pageText(ctx.app, "/programmas/erasmus-plus-2014-2020");
      const sentence = text.indexOf("Dit is een gedecentraliseerde actie aan te vragen bij EPOS vzw in Vlaanderen.");
      expect(sentence).toBeGreaterThan(text.indexOf("Kernactie 1: Individuele leermobiliteit"));
      expect(sentence).toBeLessThan(text.indexOf("Erasmus-uitwisselingen: studie of stage"));
    });

    it("dates the imported article that names no date of its own by when it came into the guide", async () => {
      const text = await pageText(ctx.app, "/artikels/wat-mag-je-verwachten-over-leerecosystemen");
      expect(text).toMatch(/Gepubliceerd op \d{1,2} [a-z]+ 20\d\d/);
      const list = await pageText(ctx.app, "/artikels");
      expect(list).toMatch(/Wat mag je verwachten over 'Leerecosystemen' \d{1,2} [a-z]+ 20\d\d/);
    });

    it("gives a programme one Info & contact section", async () => {
      const html = await (await ctx.app.request("/programmas/erasmus-plus-2014-2020")).text();
      expect(html.match(/<h2[^>]*>Info &amp; contact<\/h2>/g)).toHaveLength(1);
      // What the page kept under its second heading sits in that one section.
      expect(html).toMatch(/id="info-contact"[\s\S]*Gedecentraliseerde acties/);
    });

    it("names programmes and themes in English on English pages, and a theme once", async () => {
      const text = await pageText(ctx.app, "/en/programmes/erasmus-plus-onderwijs-en-opleiding");
      expect(text).toContain("Erasmus+ Education and Training");
      expect(text).toContain("Only available in Dutch.");
      expect(text).toContain("EU enlargement and external action");
      const html = await (await ctx.app.request("/en/programmes/erasmus-plus-onderwijs-en-opleiding")).text();
      expect(html).toMatch(/<article class="detail" lang="nl">/);
      expect(html).toMatch(/<h1 lang="en">Erasmus\+ Education and Training<\/h1>/);
      await pageText(ctx.app, "/themas/buitenlandse-acties", 404);
      const dutch = await pageText(ctx.app, "/programmas/erasmus-plus-onderwijs-en-opleiding");
      expect(dutch).toContain("Digitaal Europa");
    });
  });
}
