import { describe, expect, it } from "vitest";
import { useCatalogueSuite } from "../../../test/support/catalogue-suite.js";
import { DIALECTS } from "../../../test/support/dialects.js";
import { buildCall } from "../../../test/support/factories.js";

/** The JSON-LD blocks of a page, parsed as a search engine reads them. */
async function jsonLd(app: { request(path: string): Response | Promise<Response> }, path: string) {
  const html = await (await app.request(path)).text();
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1] as string) as Record<string, unknown>,
  );
}

for (const dialect of DIALECTS) {
  describe(`schema.org data on call and event pages (${dialect})`, () => {
    const suite = useCatalogueSuite(dialect);

    it("describes a call as a MonetaryGrant with MonetaryGrant's properties only, text escaped once", async () => {
      const call = await buildCall(suite.ctx.writer, {
        title: "Kolen & staal",
        programme: suite.data.programme.slug,
        introduction: "Onderzoek naar kolen & staal, <veilig>.",
        budgetAmountEur: 40_000_000,
        deadlines: [{ date: "2027-02-01" }],
        url: "https://example.eu/kolen-staal",
      });
      const [grant] = await jsonLd(suite.ctx.app, `/oproepen/${call.slug}`);
      expect(grant).toEqual({
        "@context": "https://schema.org",
        "@type": "MonetaryGrant",
        name: "Kolen & staal",
        description: "Onderzoek naar kolen & staal, .",
        url: `http://localhost:3000/oproepen/${call.slug}`,
        funder: { "@type": "GovernmentOrganization", name: "Europese Unie" },
        amount: { "@type": "MonetaryAmount", currency: "EUR", value: 40_000_000 },
        potentialAction: {
          "@type": "ApplyAction",
          target: "https://example.eu/kolen-staal",
          endTime: "2027-02-01T22:59:59.999Z",
        },
      });
    });

    it("gives every event a place or its online attendance", async () => {
      const [online] = await jsonLd(suite.ctx.app, `/evenementen/${suite.data.event.slug}`);
      expect(online).toMatchObject({
        "@type": "Event",
        eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
        location: { "@type": "VirtualLocation", url: "https://example.be/inschrijven" },
      });
      const [placed] = await jsonLd(suite.ctx.app, `/evenementen/${suite.data.pastEvent.slug}`);
      expect(placed).toMatchObject({
        "@type": "Event",
        eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
        location: { "@type": "Place", name: "Herman Teirlinckgebouw, Brussel" },
      });
    });
  });
}
