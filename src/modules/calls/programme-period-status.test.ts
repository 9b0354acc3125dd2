import { describe, expect, it } from "vitest";
import { pageText, useCatalogueSuite } from "../../../test/support/catalogue-suite.js";
import { DIALECTS } from "../../../test/support/dialects.js";
import { buildCall, buildProgramme } from "../../../test/support/factories.js";
import { programmeStore } from "../programmes/programme.store.js";

for (const dialect of DIALECTS) {
  describe(`a call without a deadline in a programme whose period has ended (${dialect})`, () => {
    const suite = useCatalogueSuite(dialect);

    async function olderCall() {
      const programme = await buildProgramme(suite.ctx.writer, { name: "Erasmus+ vorige periode", period: "2014-2020" });
      const call = await buildCall(suite.ctx.writer, {
        title: "Strategische partnerschappen periodeklaar",
        programme: programme.slug,
        deadlines: [],
      });
      const current = await buildProgramme(suite.ctx.writer, { name: "Erasmus+ deze periode", period: "2021-2027" });
      const still = await buildCall(suite.ctx.writer, {
        title: "Samenwerkingspartnerschappen periodeklaar",
        programme: current.slug,
        deadlines: [],
      });
      return { programme, call, still };
    }

    it("is closed on its page, in search, in the overview and in the API, and says why", async () => {
      const { call, still } = await olderCall();
      const page = await pageText(suite.ctx.app, `/oproepen/${call.slug}`);
      expect(page).toContain("Status Afgesloten");
      // No deadline comes next for a closed call: the line is called "Deadline", and says why there is none.
      expect(page).toContain("Deadline Geen deadline bekend; de programmaperiode 2014-2020 is voorbij Deadlinemodel");
      expect(page).not.toContain("Volgende deadline");
      expect(page).not.toContain("Zet in mijn agenda");
      const english = await pageText(suite.ctx.app, `/en/calls/${call.slug}`);
      expect(english).toContain("Deadline No deadline known; the programme period 2014-2020 has ended Deadline model");
      expect(english).not.toContain("Next deadline");

      // A deadline unknown in a programme that still runs stays open, and says only that.
      const open = await pageText(suite.ctx.app, `/oproepen/${still.slug}`);
      expect(open).toContain("Status Open");
      expect(open).toContain("Geen deadline bekend");
      expect(open).not.toContain("programmaperiode");

      const openResults = await pageText(suite.ctx.app, "/zoeken?q=periodeklaar&status=open");
      expect(openResults).toContain("Samenwerkingspartnerschappen periodeklaar");
      expect(openResults).not.toContain("Strategische partnerschappen periodeklaar");
      const closedResults = await pageText(suite.ctx.app, "/zoeken?q=periodeklaar&status=closed");
      expect(closedResults).toContain("Strategische partnerschappen periodeklaar");
      expect(closedResults).toContain("Deadline Geen deadline bekend; de programmaperiode 2014-2020 is voorbij");
      expect(closedResults).not.toContain("Volgende deadline");
      expect(closedResults).not.toContain("Samenwerkingspartnerschappen periodeklaar");
      const englishResults = await pageText(suite.ctx.app, "/en/search?q=periodeklaar&status=closed");
      expect(englishResults).toContain("Deadline No deadline known; the programme period 2014-2020 has ended");
      expect(englishResults).not.toContain("Next deadline");
      // The status facet counts one of each.
      const all = await (await suite.ctx.app.request("/zoeken?q=periodeklaar")).text();
      expect(all).toMatch(/value="open"[^>]*>\s*<span>Open<\/span>\s*<span class="count"[^>]*>1<\/span>/);
      expect(all).toMatch(/value="closed"[^>]*>\s*<span>Afgesloten<\/span>\s*<span class="count"[^>]*>1<\/span>/);

      const overview = await pageText(suite.ctx.app, "/oproepen?status=open");
      expect(overview).not.toContain("Strategische partnerschappen periodeklaar");
      expect(await pageText(suite.ctx.app, "/oproepen?status=closed")).toContain("Strategische partnerschappen periodeklaar");

      const api = (await (await suite.ctx.app.request(`/api/v1/calls/${call.slug}`)).json()) as { status: string };
      expect(api.status).toBe("closed");
    });

    it("opens again when an editor corrects the programme's period", async () => {
      const { programme, call } = await olderCall();
      const { id: _, ...input } = programme;
      await suite.ctx.writer.save(programmeStore, { input: { ...input, period: "2021-2027" }, actor: "test" });
      const page = await pageText(suite.ctx.app, `/oproepen/${call.slug}`);
      expect(page).toContain("Status Open");
      expect(page).not.toContain("programmaperiode");
      const results = await pageText(suite.ctx.app, "/zoeken?q=strategische+periodeklaar&status=open");
      expect(results).toContain("Strategische partnerschappen periodeklaar");
    });
  });
}
