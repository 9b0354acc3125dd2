import { describe, expect, it } from "vitest";
import { pageText, useCatalogueSuite } from "../../../test/support/catalogue-suite.js";
import { DIALECTS } from "../../../test/support/dialects.js";

for (const dialect of DIALECTS) {
  describe(`article pages and the home page (${dialect})`, () => {
    const suite = useCatalogueSuite(dialect);

    it("shows an article with its Markdown rendered and what it is about", async () => {
      const res = await suite.ctx.app.request(`/artikels/${suite.data.article.slug}`);
      const html = await res.text();
      expect(html).toContain("<h2>Wat?</h2>");
      const text = await pageText(suite.ctx.app, `/artikels/${suite.data.article.slug}`);
      expect(text).toContain("Een nieuwe aanpak.");
      expect(text).toContain("Werk en sociale zaken");
      expect(await pageText(suite.ctx.app, "/artikels")).toContain("Wat mag je verwachten over leerecosystemen");
    });

    it("home shows open calls by nearest deadline, upcoming events and themes", async () => {
      const text = await pageText(suite.ctx.app, "/");
      expect(text).toContain("Leerecosystemen fase 2");
      expect(text).not.toContain("Afgesloten oproep");
      expect(text).not.toContain("Komende oproep");
      expect(text).toContain("Infosessie oproep 65");
      expect(text).not.toContain("Terugblik webinar");
      expect(text).toContain("Werk en sociale zaken");
      expect(await pageText(suite.ctx.app, "/en")).toContain("Find European funding that fits your organisation");
    });

    it("answers unknown paths with a helpful 404, health with ok", async () => {
      expect(await pageText(suite.ctx.app, "/bestaat/helemaal-niet", 404)).toContain("Pagina niet gevonden");
      expect(await pageText(suite.ctx.app, "/oproepen/%ZZ", 404)).toContain("Pagina niet gevonden");
      const health = await suite.ctx.app.request("/healthz");
      expect(await health.json()).toEqual({ status: "ok" });
      expect((await suite.ctx.app.request("/readyz")).status).toBe(200);
    });
  });
}
