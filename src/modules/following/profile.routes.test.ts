import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { buildBeneficiaryType, buildCall, buildProgramme, buildTheme } from "../../../test/support/factories.js";
import { visitorClient } from "../../../test/support/http-client.js";
import { memberPageText, signedInMember } from "../../../test/support/members.js";
import { createTestApp, expectNoLeftovers, visibleText } from "../../../test/support/test-app.js";
import { SESSION_COOKIE } from "../../platform/http/session.js";

for (const dialect of DIALECTS) {
  describe(`organisation profile, calls for you and the eligibility panel (${dialect})`, () => {
    let db: TestDb;
    const clock = new Date("2026-11-23T10:00:00.000Z");
    let ctx: ReturnType<typeof createTestApp>;
    let data: Awaited<ReturnType<typeof catalogue>>;

    async function catalogue() {
      const writer = ctx.writer;
      const education = await buildTheme(writer, { nameNl: "Onderwijs", nameEn: "Education" });
      const climate = await buildTheme(writer, { nameNl: "Energie en klimaat", nameEn: "Energy and climate" });
      const schools = await buildBeneficiaryType(writer, { nameNl: "Scholen", nameEn: "Schools" });
      const ngo = await buildBeneficiaryType(writer, { nameNl: "Ngo", nameEn: "NGO" });
      const programme = await buildProgramme(writer, {
        name: "Erasmus+",
        themes: [education.slug],
        beneficiaryTypes: [schools.slug, ngo.slug],
      });
      const listed = await buildCall(writer, {
        title: "Scholen en klimaat",
        programme: programme.slug,
        beneficiaryTypes: [schools.slug],
        themes: [education.slug, climate.slug],
        partnersNeeded: "yes",
        partnersNote: "Minstens drie landen.",
        cofinancingShares: [
          { source: "Europese Commissie", bound: "max", percent: 50 },
          { source: "eigen middelen", bound: "min", percent: 50 },
        ],
        deadlines: [{ date: "2027-02-01" }],
      });
      const inherited = await buildCall(writer, {
        title: "Mobiliteit van leerkrachten",
        programme: programme.slug,
        cofinancingShares: [{ source: "Europese Commissie", bound: "max", percent: 80 }],
        deadlines: [{ date: "2026-12-15" }],
      });
      const ngoOnly = await buildCall(writer, {
        title: "Enkel voor ngo's",
        programme: programme.slug,
        beneficiaryTypes: [ngo.slug],
        themes: [education.slug],
        deadlines: [{ date: "2026-12-01" }],
      });
      const silent = await buildCall(writer, {
        title: "Niemand genoemd",
        themes: [climate.slug],
        partnersNeeded: "no",
        cofinancingNote: "Volgens de regels van het fonds.",
        deadlines: [{ date: "2026-12-05" }],
      });
      const closed = await buildCall(writer, {
        title: "Voorbij voor scholen",
        beneficiaryTypes: [schools.slug],
        themes: [education.slug],
        deadlines: [{ date: "2026-01-10" }],
      });
      return { education, climate, schools, ngo, programme, listed, inherited, ngoOnly, silent, closed };
    }

    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db, { now: clock });
      data = await catalogue();
    });
    afterAll(() => db.destroy());

    let members = 0;
    async function member() {
      const signedIn = await signedInMember(db.kysely, `org${++members}@example.be`, clock);
      const client = visitorClient(ctx.app);
      client.cookies.set(SESSION_COOKIE, signedIn.token);
      return { client, id: signedIn.id, email: signedIn.email };
    }

    const text = memberPageText;

    async function withProfile(fields: [string, string][]) {
      const m = await member();
      await m.client.get("/profiel");
      const token = /name="_csrf" value="([^"]*)"/.exec(m.client.lastHtml)?.[1] ?? "";
      const res = await m.client.send("/profiel", {
        method: "POST",
        body: new URLSearchParams([["_csrf", token], ...fields]),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      return { ...m, res };
    }

    const panel = (page: string) =>
      page.slice(page.indexOf("Komt u in aanmerking?"), page.indexOf("Komt u in aanmerking?") + 400);

    it("keeps the organisation profile and ranks the open calls that fit, each with why", async () => {
      const { client, res } = await withProfile([
        ["organisationName", "GO! Atheneum Gent"],
        ["beneficiaryType", data.schools.slug],
        ["themes", data.education.slug],
        ["themes", data.climate.slug],
        ["region", "oost-vlaanderen"],
      ]);
      expect(res.status).toBe(303);
      const profile = await text(client, "/profiel");
      expect(profile).toContain("Uw profiel is bewaard.");
      expect(client.lastHtml).toContain('value="GO! Atheneum Gent"');
      expect(client.lastHtml).toMatch(/<option value="oost-vlaanderen" selected/);

      const guide = await text(client, "/mijn-gids");
      const forYou = guide.slice(guide.indexOf("Oproepen voor jou"));
      const order = ["Scholen en klimaat", "Mobiliteit van leerkrachten", "Niemand genoemd"].map((t) => forYou.indexOf(t));
      expect(order.every((i) => i > 0)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(forYou).not.toContain("Enkel voor ngo's");
      expect(forYou).not.toContain("Voorbij voor scholen");
      expect(forYou).toContain("Staat open voor Scholen · over Onderwijs, Energie en klimaat");
      expect(forYou).toContain("Waarschijnlijk open voor Scholen (zo staat het bij het programma) · over Onderwijs");
      expect(forYou).toContain("Wie mag indienen, staat er niet bij · over Energie en klimaat");

      const en = await text(client, "/en/my-guide");
      expect(en).toContain("Open to Schools · about Education, Energy and climate");
      expect(en).toContain("Probably open to Schools (as its programme says) · about Education");
    });

    it("refuses an unknown type, region or theme with a clear message and keeps the profile as it was", async () => {
      const { client, id, res } = await withProfile([
        ["organisationName", "Vzw Buurtwerk"],
        ["beneficiaryType", "ruimtevaartbureau"],
        ["region", "atlantis"],
      ]);
      expect(res.status).toBe(400);
      const page = visibleText(await res.text());
      expect(page).toContain("Het profiel is niet bewaard:");
      expect(page).toContain("Kies een regio uit de lijst.");
      const unknownType = await client.send("/profiel", {
        method: "POST",
        body: new URLSearchParams([
          ["_csrf", /name="_csrf" value="([^"]*)"/.exec(client.lastHtml)?.[1] ?? ""],
          ["beneficiaryType", "ruimtevaartbureau"],
          ["themes", "bestaat-niet"],
        ]),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      const refused = visibleText(await unknownType.text());
      expect(refused).toContain("Deze soort organisatie kennen we niet; kies er een uit de lijst.");
      expect(refused).toContain("Een van de gekozen thema's bestaat niet (meer).");
      const user = await db.kysely.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
      expect([user.organisationName, user.organisationTypeId, user.region]).toEqual([null, null, null]);
      expect(await text(client, "/mijn-gids")).toContain("Vul uw organisatieprofiel in");
    });

    it("says yes for a type the call names, probably for one only its programme names, no otherwise, with partners and own share", async () => {
      const { client } = await withProfile([["beneficiaryType", data.schools.slug]]);
      const listed = panel(await text(client, `/oproepen/${data.listed.slug}`));
      expect(listed).toContain("Ja De oproep zelf noemt Scholen bij wie mag indienen.");
      expect(listed).toContain("U heeft Europese partners nodig. Minstens drie landen.");
      expect(listed).toContain("Eigen inbreng: minstens 50% van de kosten.");

      const inherited = panel(await text(client, `/oproepen/${data.inherited.slug}`));
      expect(inherited).toContain("Waarschijnlijk Het programma noemt Scholen;");
      expect(inherited).not.toContain("Ja ");
      expect(inherited).toContain("Eigen inbreng: minstens 20% van de kosten, het deel dat de financiers niet dragen.");

      const ngoOnly = panel(await text(client, `/oproepen/${data.ngoOnly.slug}`));
      expect(ngoOnly).toContain("Nee De oproep zelf noemt wie mag indienen, en Scholen staat daar niet bij.");
      expect(ngoOnly).toContain("Of u Europese partners nodig heeft, is niet bekend.");
      expect(ngoOnly).toContain("Hoeveel u zelf moet financieren, is niet bekend.");

      const silent = panel(await text(client, `/oproepen/${data.silent.slug}`));
      expect(silent).toContain("Onbekend De oproep en het programma zeggen niet wie mag indienen.");
      expect(silent).toContain("U heeft geen Europese partners nodig.");
      expect(silent).toContain("Cofinanciering: Volgens de regels van het fonds.");

      const en = panel(
        await text(client, `/en/calls/${data.inherited.slug}`).then((t) => t.replace("Can you apply?", "Komt u in aanmerking?")),
      );
      expect(en).toContain("Probably The programme names Schools;");
    });

    it("tells a visitor without a profile type that it is unknown, and how to find out", async () => {
      const anonymous = panel(visibleText(await (await ctx.app.request(`/oproepen/${data.listed.slug}`)).text()));
      expect(anonymous).toContain("Onbekend Log in en vul uw organisatieprofiel in om te zien of u in aanmerking komt.");
      const { client } = await member();
      expect(panel(await text(client, `/oproepen/${data.listed.slug}`))).toContain(
        "Onbekend Vul in uw organisatieprofiel in wat voor organisatie u bent.",
      );
    });
  });
}
