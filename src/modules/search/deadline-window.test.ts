import { describe, expect, it } from "vitest";
import { pageText, useCatalogueSuite } from "../../../test/support/catalogue-suite.js";
import { DIALECTS } from "../../../test/support/dialects.js";
import { buildCall } from "../../../test/support/factories.js";

for (const dialect of DIALECTS) {
  describe(`deadline windows across the turn of the year (${dialect})`, () => {
    const suite = useCatalogueSuite(dialect);

    it("counts the days of 'Binnen 90 dagen' on past 31 December, as a visitor on 23 November expects", async () => {
      await buildCall(suite.ctx.writer, { title: "Januarioproep", deadlines: [{ date: "2027-01-15" }] });
      await buildCall(suite.ctx.writer, { title: "Lenteoproep", deadlines: [{ date: "2027-04-20" }] });
      const within90 = await pageText(suite.ctx.app, "/oproepen?deadline=90d");
      expect(within90).toContain("Januarioproep");
      expect(within90).toContain("Leerecosystemen fase 2");
      expect(within90).not.toContain("Lenteoproep");
      const later = await pageText(suite.ctx.app, "/oproepen?deadline=later");
      expect(later).toContain("Januarioproep");
      expect(later).toContain("Lenteoproep");
      const thisYear = await pageText(suite.ctx.app, "/oproepen?deadline=year");
      expect(thisYear).not.toContain("Januarioproep");
    });
  });
}
