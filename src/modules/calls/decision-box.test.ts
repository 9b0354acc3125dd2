import { describe, expect, it } from "vitest";
import { pageText, useCatalogueSuite } from "../../../test/support/catalogue-suite.js";
import { DIALECTS } from "../../../test/support/dialects.js";
import { buildBeneficiaryType, buildCall, buildProgramme } from "../../../test/support/factories.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { beneficiaryTypeStore } from "../themes/theme.store.js";
import { callStore } from "./call.store.js";

/** The box's text, from its heading to its end: what a visitor reads before anything else. */
function box(text: string): string {
  const start = text.indexOf("In het kort");
  const end = text.slice(start).search(/ Deadlines? /) + start;
  expect(start, "the page has a decision box").toBeGreaterThan(0);
  return text.slice(start, end > start ? end : undefined).replaceAll(" ,", ",");
}

for (const dialect of DIALECTS) {
  describe(`the decision box on a call page (${dialect})`, () => {
    const suite = useCatalogueSuite(dialect);

    it("opens the page with the facts that decide, unknown ones said to be unknown", async () => {
      const text = box(await pageText(suite.ctx.app, `/oproepen/${suite.data.open.slug}`));
      expect(text).toContain("Status Open");
      expect(text).toContain("Volgende deadline 10 december 2026, 12:00 Brusselse tijd (fase 1) · nog 17 dagen");
      expect(text).toContain("Deadlinemodel In fasen, met meer dan één deadline");
      expect(text).toContain("Budget Onbekend");
      expect(text).toContain("Verwacht aantal projecten Onbekend");
      expect(text).toContain("Bijdrage per project Onbekend");
      expect(text).toContain("Cofinanciering maximaal 25% AMIF; maximaal 25% VVSG; minimaal 50% eigen middelen");
      // The call sets no rule on partners: its programme's holds, and says it is the programme's.
      expect(text).toContain("Europese partners nodig? Volgens het programma: Nee");
      expect(text).toContain("Wie kan indienen? Volgens het programma: Scholen, Ngo");
      expect(text).toContain("Documenten Oproepfiche");
      expect(text).toContain("Laatst bijgewerkt");
      expect(text).toContain("Zet in mijn agenda");
    });

    it("shows the call's own figures and beneficiaries as the call's", async () => {
      const smes = await buildBeneficiaryType(suite.ctx.writer, { nameNl: "Kmo's", nameEn: "SMEs" });
      const call = await buildCall(suite.ctx.writer, {
        title: "Oproep met cijfers",
        programme: suite.data.programme.slug,
        deadlines: [{ date: "2027-01-15" }],
        budgetAmountEur: 4_000_000,
        expectedGrants: 1,
        minContributionEur: 100_000,
        maxContributionEur: 500_000,
        partnersNeeded: "yes",
        beneficiaryTypes: [smes.slug],
      });
      const text = box(await pageText(suite.ctx.app, `/oproepen/${call.slug}`));
      expect(text).toContain("Volgende deadline 15 januari 2027 · nog 53 dagen");
      expect(text).not.toContain("Brusselse tijd");
      expect(text).toContain("Deadlinemodel Eén indiendatum");
      expect(text).toContain("Budget 4 miljoen euro");
      expect(text).toContain("Verwacht aantal projecten 1");
      expect(text).toContain("Bijdrage per project 100.000 euro – 500.000 euro");
      expect(text).toContain("Europese partners nodig? Ja");
      expect(text).toContain("Wie kan indienen? Kmo's");
      expect(text).not.toContain("Volgens het programma");
      const english = await pageText(suite.ctx.app, `/en/calls/${call.slug}`);
      expect(english).toContain("At a glance");
      expect(english).toContain("Next deadline 15 January 2027 · 53 days left");
      expect(english).toContain("Who can apply? SMEs");
    });

    it("takes the programme's rule on European partners where the call sets none, as its card and the partners filter do", async () => {
      const programme = await buildProgramme(suite.ctx.writer, {
        name: "Programma met partnerregel",
        partnersNeeded: "yes",
        partnersNote: "Minstens twee lidstaten.",
      });
      const follows = await buildCall(suite.ctx.writer, {
        title: "Partnerregel volgt programma",
        programme: programme.slug,
        deadlines: [{ date: "2027-01-15" }],
      });
      const own = await buildCall(suite.ctx.writer, {
        title: "Partnerregel eigen keuze",
        programme: programme.slug,
        partnersNeeded: "no",
        deadlines: [{ date: "2027-01-15" }],
      });
      const page = await pageText(suite.ctx.app, `/oproepen/${follows.slug}`);
      expect(box(page)).toContain("Europese partners nodig? Volgens het programma: Ja");
      // Further down, with the programme's note on its rule.
      expect(page).toContain("Europese partners nodig? Volgens het programma: Ja — Minstens twee lidstaten.");
      const english = await pageText(suite.ctx.app, `/en/calls/${follows.slug}`);
      expect(english).toContain("European partners needed? According to the programme: Yes");

      const ownPage = await pageText(suite.ctx.app, `/oproepen/${own.slug}`);
      expect(box(ownPage)).toContain("Europese partners nodig? Nee");
      expect(ownPage).not.toContain("Volgens het programma: Ja");
      expect(ownPage).not.toContain("Minstens twee lidstaten.");

      const needed = await pageText(suite.ctx.app, "/oproepen?q=partnerregel&partners=yes");
      expect(needed).toContain("1 resultaat");
      expect(needed).toContain("Partnerregel volgt programma");
      expect(needed).toContain("Europese partners nodig? Volgens het programma: Ja");
      expect(needed).not.toContain("Partnerregel eigen keuze");
    });

    it("tells a closed call's reader about its newer edition, and offers no calendar entry", async () => {
      const old = await buildCall(suite.ctx.writer, {
        title: "Kenniscentra 2024",
        code: "ERASMUS-EDU-2024-PEX-COVE",
        programme: suite.data.programme.slug,
        deadlines: [{ date: "2024-05-07" }],
      });
      const next = await buildCall(suite.ctx.writer, {
        title: "Kenniscentra 2026",
        code: "ERASMUS-EDU-2026-PEX-COVE",
        programme: suite.data.programme.slug,
        deadlines: [{ date: "2027-09-03", time: "17:00" }],
      });
      // Same code in another programme, and a code that differs beyond its year: not the same series.
      await buildCall(suite.ctx.writer, { title: "Elders", code: "ERASMUS-EDU-2027-PEX-COVE", programme: suite.data.other.slug });
      await buildCall(suite.ctx.writer, {
        title: "Ander",
        code: "ERASMUS-EDU-2027-PEX-COVX",
        programme: suite.data.programme.slug,
      });
      const closed = await pageText(suite.ctx.app, `/oproepen/${old.slug}`);
      expect(box(closed)).toContain("Er is een nieuwere oproep: Kenniscentra 2026 (ERASMUS-EDU-2026-PEX-COVE, Open");
      expect(box(closed)).toContain("Laatste deadline Verstreken: 7 mei 2024");
      expect(closed).not.toContain("Zet in mijn agenda");
      expect(closed).toContain("Andere edities van deze oproep Kenniscentra 2026");
      expect(closed).not.toContain("Elders");
      expect(closed).not.toContain("Ander ");
      const open = await pageText(suite.ctx.app, `/oproepen/${next.slug}`);
      expect(open).not.toContain("Er is een nieuwere oproep");
      expect(open).toContain("Andere edities van deze oproep Kenniscentra 2024 (ERASMUS-EDU-2024-PEX-COVE) Afgesloten");
    });

    it("names the deadline line after what it says: a rolling call past an old deadline takes proposals still", async () => {
      const call = await buildCall(suite.ctx.writer, {
        title: "Doorlopend na oude deadline",
        isRolling: true,
        deadlines: [{ date: "2025-03-01" }],
      });
      const text = box(await pageText(suite.ctx.app, `/oproepen/${call.slug}`));
      expect(text).toContain("Status Open");
      expect(text).toContain("Volgende deadline Doorlopend: indienen kan op elk moment");
      expect(text).not.toContain("Laatste deadline");
    });

    it("does not say a topic is part of a call that is itself", async () => {
      const own = await buildCall(suite.ctx.writer, {
        title: "Centres of Vocational Excellence",
        code: "ERASMUS-EDU-2026-PEX-COVE",
        parentCallCode: "ERASMUS-EDU-2026-PEX-COVE",
        parentCallTitle: "Centres of Vocational Excellence",
      });
      expect(await pageText(suite.ctx.app, `/oproepen/${own.slug}`)).not.toContain("Maakt deel uit van");
      const topic = await buildCall(suite.ctx.writer, {
        title: "PV systems",
        code: "HORIZON-CL5-2027-07-D3-17",
        parentCallCode: "HORIZON-CL5-2027-07",
        parentCallTitle: "ENERGY",
      });
      expect(await pageText(suite.ctx.app, `/oproepen/${topic.slug}`)).toContain(
        "Maakt deel uit van: ENERGY (HORIZON-CL5-2027-07)",
      );
    });

    it("says a call opened on a past date opened, not that it opens", async () => {
      const call = await buildCall(suite.ctx.writer, {
        title: "Al geopend",
        opensOn: "2026-11-11",
        deadlines: [{ date: "2027-02-01" }],
      });
      const text = await pageText(suite.ctx.app, `/oproepen/${call.slug}`);
      expect(text).toContain("Geopend op 11 november 2026");
      expect(text).not.toContain("Opent op");
    });

    it("puts the essentials on every result card", async () => {
      const text = await pageText(suite.ctx.app, "/oproepen?q=leerecosystemen");
      expect(text).toContain("1 resultaat");
      expect(text).toContain("Volgende deadline 10 december 2026, 12:00 Brusselse tijd (fase 1) · nog 17 dagen");
      expect(text).toContain("Budget Onbekend");
      expect(text).toContain("Wie kan indienen? Volgens het programma: Scholen, Ngo");
      const programme = await pageText(suite.ctx.app, `/programmas/${suite.data.programme.slug}`);
      expect(programme).toContain("Volgende deadline Geen deadline bekend");
      expect(await pageText(suite.ctx.app, "/en/calls?q=leerecosystemen")).toContain("1 result ");
    });

    it("counts a result card's days left down as the days pass, in a process that showed the card before", async () => {
      const path = "/oproepen?q=leerecosystemen";
      const deadline = "Volgende deadline 10 december 2026, 12:00 Brusselse tijd (fase 1)";
      expect(await pageText(suite.ctx.app, path)).toContain(`${deadline} · nog 17 dagen`);
      const aWeekLater = createTestApp(suite.db, { now: new Date("2026-11-30T10:00:00.000Z") });
      expect(await pageText(aWeekLater.app, path)).toContain(`${deadline} · nog 10 dagen`);
    });

    it("keeps the result cards true to every write: a call's figures, its type's name", async () => {
      const type = await buildBeneficiaryType(suite.ctx.writer, { nameNl: "Kmo's", nameEn: "SMEs" });
      const call = await buildCall(suite.ctx.writer, {
        title: "Kaartproef voor cijfers",
        deadlines: [{ date: "2027-01-15" }],
        budgetAmountEur: 4_000_000,
        beneficiaryTypes: [type.slug],
      });
      const card = () => pageText(suite.ctx.app, "/oproepen?q=kaartproef");
      expect(await card()).toContain("Budget 4 miljoen euro");
      const { id: _, ...callFields } = call;
      await suite.ctx.writer.save(callStore, {
        id: call.id,
        input: { ...callFields, budgetAmountEur: 6_000_000 },
        actor: "test",
      });
      expect(await card()).toContain("Budget 6 miljoen euro");
      const { id: typeId, ...typeFields } = type;
      await suite.ctx.writer.save(beneficiaryTypeStore, {
        id: typeId,
        input: { ...typeFields, nameNl: "Kleine ondernemingen" },
        actor: "test",
      });
      const text = await card();
      expect(text).toContain("Wie kan indienen? Kleine ondernemingen");
      expect(text).toContain("Budget 6 miljoen euro");
    });
  });
}
