import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { buildBeneficiaryType, buildCall, buildProgramme, buildTheme } from "../../../test/support/factories.js";
import { visitorClient } from "../../../test/support/http-client.js";
import { memberPageText, signedInMember } from "../../../test/support/members.js";
import { createTestApp, expectNoLeftovers, visibleText } from "../../../test/support/test-app.js";
import { SESSION_COOKIE } from "../../platform/http/session.js";
import { callInput } from "../calls/call.input.js";
import { callStore } from "../calls/call.store.js";

for (const dialect of DIALECTS) {
  describe(`following themes, programmes, calls and searches (${dialect})`, () => {
    let db: TestDb;
    let clock = new Date();
    let ctx: ReturnType<typeof createTestApp>;
    let data: Awaited<ReturnType<typeof catalogue>>;

    async function catalogue() {
      const writer = ctx.writer;
      const theme = await buildTheme(writer, { nameNl: "Onderwijs", nameEn: "Education" });
      const other = await buildTheme(writer, { nameNl: "Milieu", nameEn: "Environment" });
      const schools = await buildBeneficiaryType(writer, { nameNl: "Scholen", nameEn: "Schools" });
      const ngo = await buildBeneficiaryType(writer, { nameNl: "Ngo", nameEn: "NGO" });
      const programme = await buildProgramme(writer, {
        name: "Erasmus+",
        themes: [theme.slug],
        beneficiaryTypes: [schools.slug, ngo.slug],
      });
      const deadline = (days: number) => new Date(clock.getTime() + days * 86_400_000).toISOString().slice(0, 10);
      const listed = await buildCall(writer, {
        title: "Oproep die scholen noemt",
        programme: programme.slug,
        beneficiaryTypes: [schools.slug],
        themes: [theme.slug],
        partnersNeeded: "yes",
        cofinancingShares: [
          { source: "Europese Commissie", bound: "max", percent: 50 },
          { source: "eigen middelen", bound: "min", percent: 50 },
        ],
        deadlines: [{ date: deadline(40) }],
      });
      const inherited = await buildCall(writer, {
        title: "Oproep die erft van het programma",
        programme: programme.slug,
        deadlines: [{ date: deadline(20) }],
      });
      const ngoOnly = await buildCall(writer, {
        title: "Oproep enkel voor ngo's",
        programme: programme.slug,
        beneficiaryTypes: [ngo.slug],
        themes: [theme.slug],
        cofinancingShares: [{ source: "ESF", bound: "max", percent: 60 }],
        deadlines: [{ date: deadline(10) }],
      });
      const silent = await buildCall(writer, {
        title: "Oproep zonder begunstigden",
        themes: [theme.slug],
        deadlines: [{ date: deadline(5) }],
      });
      const closed = await buildCall(writer, {
        title: "Gesloten oproep voor scholen",
        beneficiaryTypes: [schools.slug],
        themes: [theme.slug],
        deadlines: [{ date: deadline(-30) }],
      });
      return { theme, other, schools, ngo, programme, listed, inherited, ngoOnly, silent, closed };
    }

    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db, { clock: () => clock });
      data = await catalogue();
    });
    afterAll(() => db.destroy());

    let members = 0;
    async function member() {
      const signedIn = await signedInMember(db.kysely, `lid${++members}@example.be`, clock);
      const client = visitorClient(ctx.app);
      client.cookies.set(SESSION_COOKIE, signedIn.token);
      return { client, id: signedIn.id, email: signedIn.email };
    }

    const text = memberPageText;

    it("follows and unfollows a theme, a programme and a call from their pages", async () => {
      const { client } = await member();
      const pages = [
        { type: "theme", slug: data.theme.slug, path: `/themas/${data.theme.slug}`, name: "Onderwijs" },
        { type: "programme", slug: data.programme.slug, path: `/programmas/${data.programme.slug}`, name: "Erasmus+" },
        { type: "call", slug: data.listed.slug, path: `/oproepen/${data.listed.slug}`, name: "Oproep die scholen noemt" },
      ];
      for (const page of pages) {
        expect(await text(client, page.path)).toContain("Volgen");
        const res = await client.post("/mijn-gids/follow", {
          type: page.type,
          slug: page.slug,
          action: "follow",
          next: page.path,
        });
        expect(res.status).toBe(303);
        expect(res.headers.get("location")).toBe(page.path);
        expect(await text(client, page.path)).toContain("Niet meer volgen");
      }
      const guide = await text(client, "/mijn-gids");
      for (const page of pages) expect(guide).toContain(page.name);
      expect(guide).toContain("Komende deadlines");

      await client.get(pages[0]?.path as string);
      await client.post("/mijn-gids/follow", { type: "theme", slug: data.theme.slug, action: "unfollow" });
      expect(await text(client, pages[0]?.path as string)).not.toContain("Niet meer volgen");
      const after = await text(client, "/mijn-gids");
      expect(after).not.toMatch(/Thema's Onderwijs/);
      expect(after).toContain("Erasmus+");
    });

    it("offers a button per theme on the themes overview, in the member's state", async () => {
      const { client } = await member();
      await client.get(`/themas/${data.other.slug}`);
      await client.post("/mijn-gids/follow", { type: "theme", slug: data.other.slug, action: "follow" });
      await client.get("/themas");
      const html = client.lastHtml;
      const buttonOf = (slug: string) =>
        new RegExp(`name="slug" value="${slug}"/?>.*?<button[^>]*aria-describedby="term-${slug}"[^>]*>([^<]+)<`).exec(html)?.[1];
      expect(buttonOf(data.other.slug)).toBe("Niet meer volgen");
      expect(buttonOf(data.theme.slug)).toBe("Volgen");
      const anonymous = await (await visitorClient(ctx.app).get("/themas")).text();
      expect(anonymous).toContain(`data-follow-theme="${data.theme.slug}"`);
      expect(anonymous).toContain(`aria-describedby="term-${data.theme.slug}"`);
    });

    it("lists the coming deadlines of followed calls, nearest first, without passed ones", async () => {
      const { client } = await member();
      for (const call of [data.listed, data.silent, data.closed]) {
        await client.get(`/oproepen/${call.slug}`);
        await client.post("/mijn-gids/follow", { type: "call", slug: call.slug, action: "follow" });
      }
      const guide = await text(client, "/mijn-gids");
      const deadlines = guide.slice(guide.indexOf("Komende deadlines"), guide.indexOf("Bewaarde zoekopdrachten"));
      expect(deadlines.indexOf("Oproep zonder begunstigden")).toBeLessThan(deadlines.indexOf("Oproep die scholen noemt"));
      expect(deadlines).not.toContain("Gesloten oproep voor scholen");
    });

    it("refuses bad follow requests with a clear answer, changes nothing and only returns to this site", async () => {
      const { client, id } = await member();
      await client.get(`/themas/${data.theme.slug}`);
      expect((await client.post("/mijn-gids/follow", { type: "wish", slug: data.theme.slug, action: "follow" })).status).toBe(
        400,
      );
      const unknown = await client.post("/mijn-gids/follow", { type: "theme", slug: "bestaat-niet", action: "follow" });
      expect(unknown.status).toBe(404);
      expect(visibleText(await unknown.text())).toContain("Dit thema bestaat niet.");
      const forged = await client.send("/mijn-gids/follow", {
        method: "POST",
        body: new URLSearchParams({ type: "theme", slug: data.theme.slug, action: "follow" }),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      expect(forged.status).toBe(403);
      for (const next of ["//evil.example/x", "https://evil.example/", "/\\evil.example"]) {
        await client.get(`/themas/${data.theme.slug}`);
        const res = await client.post("/mijn-gids/follow", { type: "theme", slug: data.theme.slug, action: "unfollow", next });
        expect(res.headers.get("location")).toBe(`/themas/${data.theme.slug}`);
      }
      expect(await db.kysely.selectFrom("follows").selectAll().where("userId", "=", id).execute()).toEqual([]);
    });

    it("sends a visitor who is not signed in from the button to log in and back to the same page", async () => {
      const html = await (await visitorClient(ctx.app).get(`/themas/${data.theme.slug}`)).text();
      expect(html).toMatch(
        /<form class="follow-form" method="get" action="\/inloggen"><input type="hidden" name="next" value="\/themas\/[a-z0-9-]+"/,
      );
      expect(html).toContain(`data-follow-theme="${data.theme.slug}"`);
      const en = await (await visitorClient(ctx.app).get(`/en/calls/${data.listed.slug}`)).text();
      expect(en).toContain(`action="/en/login"><input type="hidden" name="next" value="/en/calls/${data.listed.slug}"`);
    });

    it("keeps the themes picked before logging in, skipping unknown ones", async () => {
      const { client } = await member();
      await client.get("/");
      const res = await client.send("/mijn-gids/themes", {
        method: "POST",
        body: new URLSearchParams([
          ["_csrf", /name="_csrf" value="([^"]*)"/.exec(client.lastHtml)?.[1] ?? ""],
          ["theme", data.theme.slug],
          ["theme", data.other.slug],
          ["theme", "bestaat-niet"],
        ]),
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      });
      expect(await res.json()).toEqual({ followed: 2 });
      const guide = await text(client, "/mijn-gids");
      expect(guide).toContain("Onderwijs");
      expect(guide).toContain("Milieu");
    });

    it("saves a search with a name and a frequency, counts what is new since the member looked, and looking resets it", async () => {
      const { client } = await member();
      const form = await text(client, "/zoekopdracht-bewaren?q=leerlingen&type=call");
      expect(form).toContain("Zoekopdracht bewaren");
      const saved = await client.post("/zoekopdracht-bewaren", {
        name: "Leerlingen",
        frequency: "weekly",
        query: "q=leerlingen&type=call",
      });
      expect(saved.status).toBe(303);
      const guide = await text(client, "/mijn-gids");
      expect(guide).toContain("De zoekopdracht is bewaard in Mijn gids.");
      expect(guide).toContain("Leerlingen niets nieuw sinds u laatst keek · E-mail: wekelijks");

      clock = new Date(clock.getTime() + 3_600_000);
      for (const title of ["Leerlingen op uitwisseling", "Leerlingen en klimaat"]) {
        await ctx.writer.save(callStore, {
          input: callInput.parse({ slug: `leerlingen-${title.length}-${dialect}`, title, deadlines: [{ date: "2031-01-01" }] }),
          actor: "test",
          now: clock,
        });
      }
      expect(await text(client, "/mijn-gids")).toContain("Leerlingen 2 nieuw sinds u laatst keek");

      const id = (
        await db.kysely.selectFrom("savedSearches").select("id").where("name", "=", "Leerlingen").executeTakeFirstOrThrow()
      ).id;
      const show = await client.post(`/mijn-gids/searches/${id}/show`);
      expect(show.status).toBe(303);
      expect(show.headers.get("location")).toBe("/zoeken?q=leerlingen&type=call");
      expect(await text(client, "/mijn-gids")).toContain("Leerlingen niets nieuw sinds u laatst keek");
    });

    it("offers to save the very search shown, from the search page and from the calls overview", async () => {
      const calls = await (await visitorClient(ctx.app).get("/oproepen?q=water&status=open")).text();
      expect(calls).toContain('href="/zoekopdracht-bewaren?q=water&amp;type=call&amp;status=open"');
      const search = await (await visitorClient(ctx.app).get("/en/search?q=water")).text();
      expect(search).toContain('href="/en/save-search?q=water"');
      expect(visibleText(search)).toContain("Save this search");
    });

    it("refuses a saved search without a name, with an unknown frequency or a name already used, and keeps nothing", async () => {
      const { client, id } = await member();
      await client.get("/zoekopdracht-bewaren?q=water");
      const nameless = await client.post("/zoekopdracht-bewaren", { name: " ", frequency: "daily", query: "q=water" });
      expect(nameless.status).toBe(400);
      expect(visibleText(await nameless.text())).toContain("Geef de zoekopdracht een naam.");
      const hourly = await client.post("/zoekopdracht-bewaren", { name: "Water", frequency: "hourly", query: "q=water" });
      expect(visibleText(await hourly.text())).toContain("Kies hoe vaak u een e-mail wilt: geen, dagelijks of wekelijks.");
      expect(await db.kysely.selectFrom("savedSearches").selectAll().where("userId", "=", id).execute()).toEqual([]);
      await client.post("/zoekopdracht-bewaren", { name: "Water", frequency: "none", query: "q=water" });
      await client.get("/zoekopdracht-bewaren?q=water");
      const twice = await client.post("/zoekopdracht-bewaren", { name: "Water", frequency: "none", query: "q=water" });
      expect(twice.status).toBe(409);
      expect(visibleText(await twice.text())).toContain("U heeft al een zoekopdracht met deze naam.");
      const en = await visitorClient(ctx.app).get("/en/save-search?q=water");
      expect(en.headers.get("location")).toBe("/en/login?next=%2Fen%2Fsave-search%3Fq%3Dwater");
    });

    it("never shows or lets another member touch a member's searches and follows", async () => {
      const owner = await member();
      await owner.client.get("/zoekopdracht-bewaren?q=geheim");
      await owner.client.post("/zoekopdracht-bewaren", {
        name: "Mijn geheime zoekopdracht",
        frequency: "daily",
        query: "q=geheim",
      });
      await owner.client.get(`/programmas/${data.programme.slug}`);
      await owner.client.post("/mijn-gids/follow", { type: "programme", slug: data.programme.slug, action: "follow" });
      const search = await db.kysely
        .selectFrom("savedSearches")
        .selectAll()
        .where("userId", "=", owner.id)
        .executeTakeFirstOrThrow();

      const intruder = await member();
      const guide = await text(intruder.client, "/mijn-gids");
      expect(guide).not.toContain("Mijn geheime zoekopdracht");
      expect(guide).not.toContain("Erasmus+");
      for (const action of ["show", "delete"]) {
        const res = await intruder.client.post(`/mijn-gids/searches/${search.id}/${action}`);
        expect(res.status).toBe(404);
        expect(visibleText(await res.text())).toContain("Deze bewaarde zoekopdracht bestaat niet (meer).");
      }
      expect(await db.kysely.selectFrom("savedSearches").selectAll().where("id", "=", search.id).executeTakeFirst()).toEqual(
        search,
      );
      expect(await text(owner.client, "/mijn-gids")).toContain("Mijn geheime zoekopdracht");
    });
  });
}
