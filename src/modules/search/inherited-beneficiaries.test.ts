import { describe, expect, it } from "vitest";
import { useCatalogueSuite } from "../../../test/support/catalogue-suite.js";
import { DIALECTS } from "../../../test/support/dialects.js";
import { buildCall } from "../../../test/support/factories.js";
import { visibleText } from "../../../test/support/test-app.js";

/** The beneficiary facet's lines as a visitor reads them: "Ngo 1 + 2 volgens het programma". */
async function beneficiaryFacet(app: { request(path: string): Response | Promise<Response> }, path: string) {
  const html = await (await app.request(path)).text();
  const fieldset = /<legend>(?:Begunstigde|Beneficiary)<\/legend>([\s\S]*?)<\/fieldset>/.exec(html)?.[1] ?? "";
  return visibleText(fieldset).trim();
}

for (const dialect of DIALECTS) {
  describe(`beneficiary types a call only takes over from its programme, in the facet (${dialect})`, () => {
    const suite = useCatalogueSuite(dialect);

    it("counts them apart from the types calls name themselves, and a filter on a type finds both", async () => {
      const { programme, ngo } = suite.data;
      await buildCall(suite.ctx.writer, {
        title: "Eigen ngo-oproep facetwoord",
        programme: programme.slug,
        beneficiaryTypes: [ngo.slug],
      });
      await buildCall(suite.ctx.writer, { title: "Geërfde oproep facetwoord", programme: programme.slug });
      await buildCall(suite.ctx.writer, { title: "Nog een geërfde oproep facetwoord", programme: programme.slug });

      const facet = await beneficiaryFacet(suite.ctx.app, "/zoeken?q=facetwoord");
      // The type the call names comes first, with the calls that only inherit it counted apart.
      expect(facet).toMatch(/^Ngo 1 \+ 2 volgens het programma Scholen 0 \+ 2 volgens het programma$/);
      const english = await beneficiaryFacet(suite.ctx.app, "/en/search?q=facetwoord");
      expect(english).toMatch(/^NGO 1 \+ 2 according to the programme Schools 0 \+ 2 according to the programme$/);

      const filtered = visibleText(await (await suite.ctx.app.request(`/zoeken?q=facetwoord&beneficiary=${ngo.slug}`)).text());
      expect(filtered).toContain("Eigen ngo-oproep facetwoord");
      expect(filtered).toContain("Geërfde oproep facetwoord");
      expect(filtered).toContain("Nog een geërfde oproep facetwoord");
    });
  });
}
