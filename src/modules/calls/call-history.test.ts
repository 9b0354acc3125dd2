import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageText } from "../../../test/support/catalogue-suite.js";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { buildCall } from "../../../test/support/factories.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { callInput } from "./call.input.js";
import { callStore } from "./call.store.js";

for (const dialect of DIALECTS) {
  describe(`the public history of a call (${dialect})`, () => {
    let db: TestDb;
    let ctx: ReturnType<typeof createTestApp>;
    let call: Awaited<ReturnType<typeof buildCall>>;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db);
      call = await buildCall(ctx.writer, {
        title: "Oproep met geschiedenis",
        deadlines: [{ date: "2027-05-07", time: "17:00" }],
        budgetAmountEur: 2_000_000,
      });
      const save = (changes: Partial<typeof call>, actor: string, now: string, minor = false) => {
        call = { ...call, ...changes };
        return ctx.writer.save(callStore, { id: call.id, input: callInput.parse(call), actor, minor, now: new Date(now) });
      };
      await save({ deadlines: [{ date: "2027-05-14", time: "17:00", label: null }] }, "import:eu-ft", "2026-11-10T09:00:00Z");
      await save({ budgetAmountEur: 2_500_000 }, "An Peeters", "2026-11-12T09:00:00Z", true);
      // A text edit is not history a visitor needs.
      await save({ introduction: "Nieuwe inleiding." }, "An Peeters", "2026-11-13T09:00:00Z");
    });
    afterAll(() => db.destroy());

    it("shows a moved deadline old → new, from the EU portal, without naming editors", async () => {
      const text = await pageText(ctx.app, `/oproepen/${call.slug}`);
      const history = text.slice(text.indexOf("Wat is er gewijzigd"));
      expect(history).toContain(
        "10 november 2026 (bijgewerkt uit het Funding & Tenders-portaal van de EU) Deadline: 7 mei 2027, 17:00 Brusselse tijd → 14 mei 2027, 17:00 Brusselse tijd",
      );
      // The minor change is shown too: it is only never alerted.
      expect(history).toContain("12 november 2026 (door de redactie) Budget: 2 miljoen euro → 2,5 miljoen euro");
      expect(history).toContain("Opgenomen in de gids");
      expect(history).not.toContain("An Peeters");
      expect(history).not.toContain("13 november 2026");
      // Newest first.
      expect(history.indexOf("12 november")).toBeLessThan(history.indexOf("10 november"));
    });

    it("says the same in English, with English dates", async () => {
      const text = await pageText(ctx.app, `/en/calls/${call.slug}`);
      expect(text).toContain("What changed");
      expect(text).toContain("Deadline: 7 May 2027, 17:00 Brussels time → 14 May 2027, 17:00 Brussels time");
      expect(text).toContain("updated from the EU Funding & Tenders portal");
    });

    it("keeps a long history compact: the last ten, the rest behind 'Toon alles'", async () => {
      for (let i = 1; i <= 11; i++) {
        await ctx.writer.save(callStore, {
          id: call.id,
          input: callInput.parse({ ...call, budgetAmountEur: 3_000_000 + i * 100_000 }),
          actor: "import:csv",
          now: new Date(`2026-11-${String(13 + i).padStart(2, "0")}T09:00:00Z`),
        });
      }
      const html = await (await ctx.app.request(`/oproepen/${call.slug}`)).text();
      const section = html.slice(html.indexOf('id="wijzigingen"'));
      const shown = section.slice(0, section.indexOf("<details"));
      expect(shown.match(/<time/g)).toHaveLength(10);
      expect(section).toContain("<summary>Toon alles (14)</summary>");
      expect(section).toContain("bijgewerkt uit een importbestand");
    });
  });
}
