import { describe, expect, it } from "vitest";
import { useCatalogueSuite } from "../../../test/support/catalogue-suite.js";
import { DIALECTS } from "../../../test/support/dialects.js";
import { buildCall } from "../../../test/support/factories.js";
import { visibleText } from "../../../test/support/test-app.js";
import { buildApp } from "../../app.js";
import { CallDetail, CallSummary } from "./call.schemas.js";
import { Problem, pageSchema } from "./catalogue.schemas.js";

const CallPage = pageSchema(CallSummary, "CallPage");

for (const dialect of DIALECTS) {
  describe(`open data API: calls (${dialect})`, () => {
    const suite = useCatalogueSuite(dialect);

    const get = (path: string, headers: Record<string, string> = {}) => suite.ctx.app.request(path, { headers });

    it("lists calls by nearest deadline, in pages with Link headers and totals", async () => {
      const res = await get("/api/v1/calls?size=2");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("application/json");
      const body = CallPage.parse(await res.json());
      expect(body.total).toBe(4);
      expect(body.pageCount).toBe(2);
      // The nearest deadline first.
      expect(body.items[0]?.title).toBe("Leerecosystemen fase 2");
      expect(body.items).toHaveLength(2);
      expect(res.headers.get("x-total-count")).toBe("4");
      const link = res.headers.get("link") ?? "";
      expect(link).toContain('<http://localhost:3000/api/v1/calls?size=2>; rel="first"');
      expect(link).toContain('<http://localhost:3000/api/v1/calls?size=2&page=2>; rel="next"');
      expect(link).toContain('<http://localhost:3000/api/v1/calls?size=2&page=2>; rel="last"');
      expect(link).not.toContain('rel="prev"');

      const second = await get("/api/v1/calls?size=2&page=2");
      const secondLink = second.headers.get("link") ?? "";
      expect(secondLink).toContain('<http://localhost:3000/api/v1/calls?size=2>; rel="prev"');
      expect(secondLink).not.toContain('rel="next"');
      expect(CallPage.parse(await second.json()).items).toHaveLength(2);
    });

    it("filters with the site's search parameters: status (repeated), programme, theme", async () => {
      const statuses = CallPage.parse(await (await get("/api/v1/calls?status=closed&status=forthcoming")).json());
      expect(statuses.items.map((c) => [c.title, c.status]).sort()).toEqual([
        ["Afgesloten oproep", "closed"],
        ["Komende oproep", "forthcoming"],
      ]);
      const byProgramme = CallPage.parse(await (await get(`/api/v1/calls?programme=${suite.data.programme.slug}`)).json());
      expect(byProgramme.total).toBe(4);
      const otherProgramme = CallPage.parse(await (await get(`/api/v1/calls?programme=${suite.data.other.slug}`)).json());
      expect(otherProgramme.total).toBe(0);
      // Inherited from the programme counts: every call of ESF+ is about this theme.
      const byTheme = CallPage.parse(await (await get(`/api/v1/calls?theme=${suite.data.theme.slug}&status=open`)).json());
      expect(byTheme.items.map((c) => c.title).sort()).toEqual(["Leerecosystemen fase 2", "Oproep zonder deadline"]);
      const unknownTheme = CallPage.parse(await (await get("/api/v1/calls?theme=bestaat-niet")).json());
      expect(unknownTheme.total).toBe(0);
    });

    it("finds calls by their words and code, as the site's search does", async () => {
      const words = CallPage.parse(await (await get("/api/v1/calls?q=leerecosystemen")).json());
      expect(words.items[0]?.title).toBe("Leerecosystemen fase 2");
      const code = CallPage.parse(await (await get(`/api/v1/calls?q=${encodeURIComponent("oproep 65")}`)).json());
      expect(code.items[0]?.code).toBe("Oproep 65");
      const none = CallPage.parse(await (await get("/api/v1/calls?q=zeewierkwekerij")).json());
      expect(none.total).toBe(0);
    });

    it("gives a call with deadlines as instants and Brussels dates, and effective themes", async () => {
      const res = await get(`/api/v1/calls/${suite.data.open.slug}`);
      expect(res.status).toBe(200);
      const call = CallDetail.parse(await res.json());
      expect(call.code).toBe("Oproep 65");
      expect(call.status).toBe("open");
      expect(call.deadlines).toEqual([
        { at: "2026-12-10T11:00:00.000Z", date: "2026-12-10", time: "12:00", timeZone: "Europe/Brussels", label: "fase 1" },
        { at: "2027-03-01T22:59:59.999Z", date: "2027-03-01", time: null, timeZone: "Europe/Brussels", label: "fase 2" },
      ]);
      expect(call.nextDeadline?.label).toBe("fase 1");
      // The call sets no rule on partners: the programme's holds, as on the call page.
      expect(call).toMatchObject({ partnersNeeded: "no", partnersInherited: true, partnersNote: null });
      expect(call.themesInherited).toBe(true);
      expect(call.themes).toEqual([
        { slug: suite.data.theme.slug, name: { nl: "Werk en sociale zaken", en: "Employment and social affairs" } },
      ]);
      expect(call.beneficiaryTypes.map((b) => b.name.en)).toEqual(["Schools", "NGO"]);
      expect(call.funding.cofinancingShares).toEqual([
        { source: "AMIF", bound: "max", percent: 25 },
        { source: "VVSG", bound: "max", percent: 25 },
        { source: "eigen middelen", bound: "min", percent: 50 },
      ]);
      expect(call.contacts[0]?.name).toBe("Jan Peeters");
      expect(call.events[0]?.title).toBe("Infosessie oproep 65");
      expect(call.links.html).toEqual({
        nl: `http://localhost:3000/oproepen/${suite.data.open.slug}`,
        en: `http://localhost:3000/en/calls/${suite.data.open.slug}`,
      });
      expect(call.links.calendar).toBe(`http://localhost:3000/oproepen/${suite.data.open.slug}/agenda.ics`);
      expect(new Date(res.headers.get("last-modified") ?? "").getTime()).toBeGreaterThan(0);
    });

    it("answers 304 to If-None-Match with the same ETag, and 200 when it differs", async () => {
      const first = await get(`/api/v1/calls/${suite.data.open.slug}`);
      const tag = first.headers.get("etag");
      expect(tag).toMatch(/^"[0-9a-f]+"$/);
      const again = await get(`/api/v1/calls/${suite.data.open.slug}`, {
        "if-none-match": tag as string,
        origin: "https://example.org",
      });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("etag")).toBe(tag);
      expect(again.headers.get("access-control-allow-origin")).toBe("*");
      const other = await get(`/api/v1/calls/${suite.data.open.slug}`, { "if-none-match": '"something-else"' });
      expect(other.status).toBe(200);
      const list = await get("/api/v1/calls");
      expect((await get("/api/v1/calls", { "if-none-match": list.headers.get("etag") as string })).status).toBe(304);
    });

    it("lets any website read, and answers preflight requests", async () => {
      const res = await get("/api/v1/calls", { origin: "https://example.org" });
      expect(res.headers.get("access-control-allow-origin")).toBe("*");
      expect(res.headers.get("access-control-expose-headers")).toContain("Link");
      const preflight = await suite.ctx.app.request("/api/v1/calls", {
        method: "OPTIONS",
        headers: { origin: "https://example.org", "access-control-request-method": "GET" },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-methods")).toBe("GET,HEAD,OPTIONS");
      const head = await suite.ctx.app.request("/api/v1/calls", { method: "HEAD" });
      expect(head.status).toBe(200);
    });

    it("answers an unknown call with a 404 problem in Dutch, or English when asked", async () => {
      const nl = await get("/api/v1/calls/bestaat-niet");
      expect(nl.status).toBe(404);
      expect(nl.headers.get("content-type")).toContain("application/problem+json");
      const problemNl = Problem.parse(await nl.json());
      expect(problemNl).toMatchObject({
        status: 404,
        title: "Deze oproep bestaat niet (meer).",
        instance: "/api/v1/calls/bestaat-niet",
      });
      const en = await get("/api/v1/calls/bestaat-niet", { "accept-language": "en-GB,en;q=0.9,nl;q=0.5" });
      expect(Problem.parse(await en.json()).title).toBe("This call does not exist (any more).");
      expect(en.headers.get("content-language")).toBe("en");
      const nowhere = await get("/api/v1/nergens");
      expect(nowhere.status).toBe(404);
      expect(nowhere.headers.get("content-type")).toContain("application/problem+json");
    });

    it("answers bad parameters with a 400 problem naming them, never a stack trace", async () => {
      const res = await get("/api/v1/calls?status=bijna&page=nul", { "accept-language": "nl-BE" });
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      const body = Problem.parse(await res.json());
      expect(body.title).toBe("De invoer is ongeldig.");
      expect(body.errors?.map((e) => e.param).sort()).toEqual(["page", "status"]);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
      const en = await get("/api/v1/calls?colour=red", { "accept-language": "en" });
      const enBody = Problem.parse(await en.json());
      expect(en.status).toBe(400);
      expect(enBody.title).toBe("The input is invalid.");
      expect(enBody.errors).toEqual([{ param: "colour", message: "Unknown parameter." }]);
      expect((await get("/api/v1/calls?size=1000")).status).toBe(400);
    });

    it("gives a call's rule on partners as its page and the partners filter read it: the programme's unless the call sets its own", async () => {
      const own = await buildCall(suite.ctx.writer, {
        title: "Oproep met partners",
        programme: suite.data.programme.slug,
        partnersNeeded: "yes",
        partnersNote: "Minstens twee lidstaten.",
      });
      const call = CallDetail.parse(await (await get(`/api/v1/calls/${own.slug}`)).json());
      expect(call).toMatchObject({ partnersNeeded: "yes", partnersInherited: false, partnersNote: "Minstens twee lidstaten." });
      const page = visibleText(await (await suite.ctx.app.request(`/oproepen/${own.slug}`)).text());
      expect(page).toContain("Europese partners nodig? Ja");
      // A list says for each call what its partners filter matched.
      const yes = CallPage.parse(await (await get("/api/v1/calls?partners=yes")).json());
      expect(yes.items.map((c) => [c.title, c.partnersNeeded, c.partnersInherited])).toEqual([
        ["Oproep met partners", "yes", false],
      ]);
      const no = CallPage.parse(await (await get("/api/v1/calls?partners=no")).json());
      expect(no.items.map((c) => c.title).sort()).toEqual([
        "Afgesloten oproep",
        "Komende oproep",
        "Leerecosystemen fase 2",
        "Oproep zonder deadline",
      ]);
      expect(no.items.every((c) => c.partnersNeeded === "no" && c.partnersInherited)).toBe(true);
    });

    it("limits each client per window, says so in RateLimit headers, then answers 429", async () => {
      const limited = buildApp({
        ...suite.ctx.deps,
        config: { ...suite.ctx.deps.config, API_RATE_LIMIT: 3, API_RATE_WINDOW_SECONDS: 60, TRUST_PROXY: 1 },
      });
      // A client of its own behind the trusted proxy: the suite's other requests count elsewhere.
      const headers = { "accept-language": "en", "x-forwarded-for": "203.0.113.7" };
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await limited.request("/api/v1/themes", { headers }));
      expect(answers.slice(0, 3).map((r) => r.status)).toEqual([200, 200, 200]);
      expect(answers[0]?.headers.get("ratelimit-policy")).toBe("3;w=60");
      expect(answers[0]?.headers.get("ratelimit")).toMatch(/^limit=3, remaining=2, reset=\d+$/);
      const refused = answers[3];
      expect(refused?.status).toBe(429);
      expect(refused?.headers.get("content-type")).toContain("application/problem+json");
      expect(Problem.parse(await refused?.json()).title).toBe("Too many requests. Please try again shortly.");
      expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
    });
  });
}
