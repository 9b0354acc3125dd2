import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { useCatalogueSuite } from "../../../test/support/catalogue-suite.js";
import { DIALECTS } from "../../../test/support/dialects.js";
import { expectNoLeftovers, visibleText } from "../../../test/support/test-app.js";
import {
  Event,
  EventDetail,
  Problem,
  ProgrammeDetail,
  ProgrammeSummary,
  pageSchema,
  Taxonomy,
  ThemeDetail,
} from "./catalogue.schemas.js";

for (const dialect of DIALECTS) {
  describe(`open data API: programmes, events, themes, beneficiary types, OpenAPI (${dialect})`, () => {
    const suite = useCatalogueSuite(dialect);

    const json = async (path: string) => {
      const res = await suite.ctx.app.request(path);
      expect(res.status, path).toBe(200);
      return res.json();
    };

    it("lists programmes and gives one with its good-to-know facts", async () => {
      const list = pageSchema(ProgrammeSummary, "ProgrammePage").parse(await json("/api/v1/programmes"));
      expect(list.items.map((p) => p.name).sort()).toEqual(["Creatief Europa", "Europees Sociaal Fonds+"]);
      const esf = ProgrammeDetail.parse(await json(`/api/v1/programmes/${suite.data.programme.slug}`));
      expect(esf).toMatchObject({ shortName: "ESF+", period: "2021-2027", managementMode: "shared" });
      expect(esf.goodToKnow).toMatchObject({ partnersNeeded: "no", cofinancing: "tbc", maxDuration: "tbc" });
      expect(esf.legislation[0]?.reference).toBe("Verordening (EU) 2021/1057");
      expect(esf.budget.amountEur).toBe(26.2e9);
      expect(esf.synergies.map((s) => s.slug)).toEqual([suite.data.other.slug]);
      expect(esf.links.calls).toBe(`http://localhost:3000/api/v1/calls?programme=${suite.data.programme.slug}`);
      const calls = (await json(`/api/v1/calls?programme=${suite.data.programme.slug}`)) as { total: number };
      expect(calls.total).toBe(4);
      expect((await suite.ctx.app.request("/api/v1/programmes/nope")).status).toBe(404);
    });

    it("lists upcoming and past events and gives one with its calls", async () => {
      const upcoming = pageSchema(Event, "EventPage").parse(await json("/api/v1/events"));
      expect(upcoming.items.map((e) => e.title)).toEqual(["Infosessie oproep 65"]);
      const past = pageSchema(Event, "EventPage").parse(await json("/api/v1/events?when=past"));
      expect(past.items.map((e) => [e.title, e.online, e.location, e.recordingUrl])).toEqual([
        ["Terugblik webinar", false, "Herman Teirlinckgebouw, Brussel", "https://example.be/opname"],
      ]);
      const event = EventDetail.parse(await json(`/api/v1/events/${suite.data.event.slug}`));
      expect(event).toMatchObject({ startsAt: "2026-12-03T09:00:00.000Z", online: true, organiser: "Europa WSE" });
      expect(event.contact).toEqual({ name: "Lisa Vermeulen", email: "lisa.vermeulen@example.be" });
      expect(event.calls.map((c) => c.code)).toEqual(["Oproep 65"]);
      expect(event.links.calendar).toBe(`http://localhost:3000/evenementen/${suite.data.event.slug}/agenda.ics`);
      const missing = await suite.ctx.app.request("/api/v1/events/nope", { headers: { "accept-language": "en" } });
      expect(Problem.parse(await missing.json()).title).toBe("This event does not exist (any more).");
      expect((await suite.ctx.app.request("/api/v1/events?when=soon")).status).toBe(400);
    });

    it("lists themes and beneficiary types, with both names and a link to their calls", async () => {
      const themes = pageSchema(Taxonomy, "TaxonomyPage").parse(await json("/api/v1/themes"));
      expect(themes.items.map((t) => t.name)).toContainEqual({
        nl: "Werk en sociale zaken",
        en: "Employment and social affairs",
      });
      const theme = ThemeDetail.parse(await json(`/api/v1/themes/${suite.data.theme.slug}`));
      expect(theme.contact?.name).toBe("Sofie Claes");
      expect(theme.links.calls).toBe(`http://localhost:3000/api/v1/calls?theme=${suite.data.theme.slug}`);
      const types = pageSchema(Taxonomy, "TaxonomyPage").parse(await json("/api/v1/beneficiary-types?size=1"));
      expect(types.total).toBe(2);
      expect(types.items).toHaveLength(1);
      const ngo = Taxonomy.parse(await json(`/api/v1/beneficiary-types/${suite.data.ngo.slug}`));
      expect(ngo.name).toEqual({ nl: "Ngo", en: "NGO" });
      const missing = await suite.ctx.app.request("/api/v1/beneficiary-types/nope");
      expect(Problem.parse(await missing.json()).title).toBe("Dit type begunstigde bestaat niet.");
      expect((await suite.ctx.app.request("/api/v1/themes/nope")).status).toBe(404);
    });

    it("publishes a valid OpenAPI 3.1 document that describes every endpoint", async () => {
      const document = (await json("/api/v1/openapi.json")) as {
        openapi: string;
        paths: Record<string, unknown>;
        security: unknown[];
      };
      expect(document.openapi).toBe("3.1.0");
      // Public: no key asked, said outright; every operation has a name a client generator can use.
      expect(document.security).toEqual([]);
      const operationIds = Object.values(document.paths).map(
        (item) => (item as { get: { operationId?: string } }).get.operationId,
      );
      expect(operationIds.every((id) => typeof id === "string" && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
      expect(new Set(operationIds).size).toBe(operationIds.length);
      const result = await new Validator().validate(document);
      expect(result.errors ?? []).toEqual([]);
      expect(result.valid).toBe(true);
      expect(Object.keys(document.paths).sort()).toEqual([
        "/beneficiary-types",
        "/beneficiary-types/{slug}",
        "/calls",
        "/calls/{slug}",
        "/events",
        "/events/{slug}",
        "/programmes",
        "/programmes/{slug}",
        "/themes",
        "/themes/{slug}",
      ]);
      const params = (document.paths["/calls"] as { get: { parameters: { name: string }[] } }).get.parameters.map((p) => p.name);
      expect(params).toEqual([
        "q",
        "theme",
        "beneficiary",
        "programme",
        "status",
        "deadline",
        "partners",
        "projectType",
        "lang",
        "translate",
        "sort",
        "page",
        "size",
      ]);
    });

    it("explains the API on a docs page in Dutch and English, without outside scripts", async () => {
      for (const [path, heading] of [
        ["/api/v1/docs", "Open data-API"],
        ["/en/api/v1/docs", "Open data API"],
      ] as const) {
        const res = await suite.ctx.app.request(path);
        expect(res.status).toBe(200);
        const html = await res.text();
        expectNoLeftovers(html);
        const text = visibleText(html);
        expect(text).toContain(heading);
        expect(text).toContain("GET /calls/{slug}");
        expect(text).toContain("If-None-Match");
        expect(text).toContain("partnersInherited");
        expect(text).toContain("curl http://localhost:3000/api/v1/calls?");
        expect(html).not.toMatch(/<script[^>]+src="https?:/);
      }
    });
  });
}
