import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { useCatalogueSuite } from "../../../test/support/catalogue-suite.js";
import { DIALECTS } from "../../../test/support/dialects.js";
import { buildCall } from "../../../test/support/factories.js";

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "url" || name === "xhtml:link" });

/** The JSON-LD blocks of a page, parsed. */
function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1] ?? ""));
}

for (const dialect of DIALECTS) {
  describe(`sitemap, robots.txt and schema.org data (${dialect})`, () => {
    const suite = useCatalogueSuite(dialect);

    it("lists every published page in both languages with hreflang alternates", async () => {
      const draft = await buildCall(suite.ctx.writer, { title: "Concept", state: "draft" });
      const res = await suite.ctx.app.request("/sitemap.xml");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("application/xml");
      const text = await res.text();
      const urls = xml.parse(text).urlset.url as { loc: string; "xhtml:link": { "@_hreflang": string; "@_href": string }[] }[];
      const locs = urls.map((u) => u.loc);
      const base = "http://localhost:3000";
      for (const path of [
        `/oproepen/${suite.data.open.slug}`,
        `/en/calls/${suite.data.closed.slug}`,
        `/programmas/${suite.data.programme.slug}`,
        `/en/programmes/${suite.data.other.slug}`,
        `/evenementen/${suite.data.event.slug}`,
        `/en/events/${suite.data.pastEvent.slug}`,
        `/themas/${suite.data.theme.slug}`,
        `/begunstigden/${suite.data.ngo.slug}`,
        `/en/beneficiaries/${suite.data.schools.slug}`,
        `/artikels/${suite.data.article.slug}`,
        "/",
        "/en",
      ]) {
        expect(locs, path).toContain(`${base}${path}`);
      }
      expect(text).not.toContain(draft.slug);
      const call = urls.find((u) => u.loc === `${base}/oproepen/${suite.data.open.slug}`);
      expect(call?.["xhtml:link"].map((l) => [l["@_hreflang"], l["@_href"]])).toEqual([
        ["nl-BE", `${base}/oproepen/${suite.data.open.slug}`],
        ["en", `${base}/en/calls/${suite.data.open.slug}`],
        ["x-default", `${base}/oproepen/${suite.data.open.slug}`],
      ]);
    });

    it("points crawlers at the sitemap", async () => {
      const text = await (await suite.ctx.app.request("/robots.txt")).text();
      expect(text).toContain("User-agent: *");
      expect(text).toContain("Sitemap: http://localhost:3000/sitemap.xml");
    });

    it("describes a call as a MonetaryGrant with its funder, budget and last deadline", async () => {
      const funded = await buildCall(suite.ctx.writer, {
        title: "Gefinancierde oproep </script><b>",
        code: "ERASMUS-EDU-2027-PEX-COVE",
        budgetAmountEur: 48_000_000,
        opensOn: "2026-10-01",
        deadlines: [{ date: "2027-03-29", time: "17:00" }],
      });
      const html = await (await suite.ctx.app.request(`/oproepen/${funded.slug}`)).text();
      const [grant] = jsonLd(html);
      expect(grant).toMatchObject({
        "@context": "https://schema.org",
        "@type": "MonetaryGrant",
        name: "Gefinancierde oproep </script><b>",
        identifier: "ERASMUS-EDU-2027-PEX-COVE",
        url: `http://localhost:3000/oproepen/${funded.slug}`,
        funder: { "@type": "GovernmentOrganization", name: "Europese Unie" },
        amount: { "@type": "MonetaryAmount", currency: "EUR", value: 48_000_000 },
        potentialAction: { "@type": "ApplyAction", startTime: "2026-10-01", endTime: "2027-03-29T15:00:00.000Z" },
      });
      const en = jsonLd(await (await suite.ctx.app.request(`/en/calls/${suite.data.open.slug}`)).text())[0];
      expect(en).toMatchObject({ funder: { name: "European Union" }, identifier: "Oproep 65" });
    });

    it("describes events as Event, online with a VirtualLocation or at a Place", async () => {
      const [online] = jsonLd(await (await suite.ctx.app.request(`/evenementen/${suite.data.event.slug}`)).text());
      expect(online).toMatchObject({
        "@type": "Event",
        name: "Infosessie oproep 65",
        startDate: "2026-12-03T09:00:00.000Z",
        endDate: "2026-12-03T11:00:00.000Z",
        eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
        location: { "@type": "VirtualLocation", url: "https://example.be/inschrijven" },
        organizer: { "@type": "Organization", name: "Europa WSE" },
      });
      const [placed] = jsonLd(await (await suite.ctx.app.request(`/evenementen/${suite.data.pastEvent.slug}`)).text());
      expect(placed).toMatchObject({
        eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
        location: { "@type": "Place", name: "Herman Teirlinckgebouw, Brussel" },
      });
    });
  });
}
