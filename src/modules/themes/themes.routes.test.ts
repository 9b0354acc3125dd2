import { describe, expect, it } from "vitest";
import { pageText, useCatalogueSuite } from "../../../test/support/catalogue-suite.js";
import { DIALECTS } from "../../../test/support/dialects.js";

for (const dialect of DIALECTS) {
  describe(`theme and beneficiary type pages (${dialect})`, () => {
    const suite = useCatalogueSuite(dialect);

    it("shows a theme's current calls (own and inherited), programmes, articles and contact", async () => {
      const text = await pageText(suite.ctx.app, `/themas/${suite.data.theme.slug}`);
      expect(text).toContain("Leerecosystemen fase 2");
      expect(text).toContain("Komende oproep");
      expect(text).not.toContain("Afgesloten oproep");
      expect(text).toContain("Europees Sociaal Fonds+");
      expect(text).toContain("Wat mag je verwachten over leerecosystemen");
      expect(text).toContain("Jouw contact voor dit thema");
      expect(text).toContain("sofie.claes@subsidiegids.be");
    });

    it("shows a beneficiary type's calls and programmes", async () => {
      const text = await pageText(suite.ctx.app, `/begunstigden/${suite.data.schools.slug}`);
      expect(text).toContain("Oproepen voor Scholen");
      expect(text).toContain("Leerecosystemen fase 2");
      expect(text).toContain("Europees Sociaal Fonds+");
      expect(await pageText(suite.ctx.app, `/en/beneficiaries/${suite.data.schools.slug}`)).toContain("Calls for Schools");
    });

    it("lists themes and beneficiary types, and 404s unknown ones", async () => {
      expect(await pageText(suite.ctx.app, "/themas")).toContain("Werk en sociale zaken");
      expect(await pageText(suite.ctx.app, "/en/themes")).toContain("Employment and social affairs");
      expect(await pageText(suite.ctx.app, "/begunstigden")).toContain("Ngo");
      expect(await pageText(suite.ctx.app, "/themas/onbekend", 404)).toContain("Dit thema bestaat niet.");
    });
  });
}
