import { describe, expect, it } from "vitest";
import { pageText, useCatalogueSuite } from "../../../test/support/catalogue-suite.js";
import { DIALECTS } from "../../../test/support/dialects.js";

for (const dialect of DIALECTS) {
  describe(`programme pages (${dialect})`, () => {
    const suite = useCatalogueSuite(dialect);

    it("shows a programme with the origin page's sections in their order", async () => {
      const page = await pageText(suite.ctx.app, `/programmas/${suite.data.programme.slug}`);
      const text = page.slice(page.indexOf("Terug naar overzicht"));
      const headings = [
        "Inleiding",
        "Acties",
        "Goed om weten",
        "Doelstellingen",
        "Begunstigden",
        "Thema's",
        "Budget",
        "Synergieën",
        "Info & contact",
      ];
      const positions = headings.map((h) => text.indexOf(` ${h} `));
      expect(positions.every((p) => p > 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(text).toContain("Kernactiviteit 1");
      expect(text).toContain("Cofinanciering Nog niet bekend (tbc)");
      expect(text).toContain("Maximale duur Nog niet bekend (tbc)");
      expect(text).toContain("Europese partners nodig? Nee");
      expect(text).toContain("Verordening (EU) 2021/1057");
      expect(text).toContain("26,2 miljard euro");
      expect(text).toContain("Creatief Europa");
      expect(text).toContain("Vlaams contactpunt");
      expect(text).toContain("1030 Brussel");
      expect(text).toContain("Leerecosystemen fase 2");
      expect(text).not.toContain("Afgesloten oproep");
    });

    it("lists programmes and answers an unknown one with 404", async () => {
      const list = await pageText(suite.ctx.app, "/programmas");
      expect(list).toContain("Europees Sociaal Fonds+");
      expect(await pageText(suite.ctx.app, "/programmas/geen-programma", 404)).toContain("Dit programma bestaat niet (meer).");
      expect(await pageText(suite.ctx.app, "/en/programmes")).toContain("Programmes");
    });
  });
}
