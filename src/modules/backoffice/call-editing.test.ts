import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { sendForm as send, submitForm as submit } from "../../../test/support/editor-forms.js";
import { signedInEditor } from "../../../test/support/editors.js";
import { buildProgramme, buildTheme } from "../../../test/support/factories.js";
import { formFields } from "../../../test/support/form-fields.js";
import { signedInMember } from "../../../test/support/members.js";
import { startProcess } from "../../../test/support/processes.js";
import { createTestApp, expectNoLeftovers, visibleText } from "../../../test/support/test-app.js";
import { publishDue } from "./scheduled-publish.task.js";

for (const dialect of DIALECTS) {
  describe(`editing calls in the back office (${dialect})`, () => {
    let db: TestDb;
    let clock = new Date("2026-11-23T10:00:00.000Z");
    let ctx: ReturnType<typeof createTestApp>;
    let an: Awaited<ReturnType<typeof signedInEditor>>;
    let bert: Awaited<ReturnType<typeof signedInEditor>>;
    let programme: { slug: string };
    let theme: { slug: string; id: number };

    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db, { clock: () => clock });
      an = await signedInEditor(ctx.app, db.kysely, { email: "an@example.be", name: "An Peeters", now: clock });
      bert = await signedInEditor(ctx.app, db.kysely, { email: "bert@example.be", name: "Bert Claes", now: clock });
      programme = await buildProgramme(ctx.writer, { slug: "erasmus", name: "Erasmus+" });
      theme = await buildTheme(ctx.writer, { slug: "onderwijs", nameNl: "Onderwijs" });
    });
    afterAll(() => db.destroy());

    const publicPage = (slug: string) => ctx.app.request(`http://localhost:3000/oproepen/${slug}`);
    const callId = (res: Response) => Number(/\/beheer\/oproepen\/(\d+)$/.exec(res.headers.get("location") ?? "")?.[1]);
    const changeRecords = (id: number) =>
      db.kysely.selectFrom("changeRecords").selectAll().where("entityType", "=", "call").where("entityId", "=", id).execute();

    async function newCall(slug: string, extra: Record<string, string | string[]> = {}) {
      const res = await submit(an.client, "/beheer/oproepen/nieuw", {
        title: `Oproep ${slug}`,
        slug,
        programme: programme.slug,
        "deadlines.0.date": "2027-03-05",
        "deadlines.0.time": "17:00",
        "deadlines.0.label": "Eerste ronde",
        ...extra,
      });
      expect(res.status).toBe(303);
      return callId(res);
    }

    it("creates a draft with two deadlines that visitors do not see, then publishes it with who and when", async () => {
      const created = await submit(an.client, "/beheer/oproepen/nieuw", {
        title: "Mobiliteit voor leerlingen",
        slug: "mobiliteit-leerlingen",
        programme: programme.slug,
        "deadlines.0.date": "2027-03-05",
        "deadlines.0.time": "17:00",
        "deadlines.1.date": "2027-09-15",
        "deadlines.1.label": "Tweede ronde",
        "cofinancingShares.0.source": "Europese Commissie",
        "cofinancingShares.0.bound": "max",
        "cofinancingShares.0.percent": "80",
        submissionUrl: "https://ec.europa.eu/submit/ka1",
      });
      expect(created.status).toBe(303);
      const id = callId(created);
      expect((await publicPage("mobiliteit-leerlingen")).status).toBe(404);
      const form = await an.client.get(`/beheer/oproepen/${id}`);
      const html = await form.text();
      expectNoLeftovers(html);
      expect(visibleText(html)).toContain("Opgeslagen.");
      expect(formFields(html)["deadlines.1.date"]).toBe("2027-09-15");

      expect((await submit(an.client, `/beheer/oproepen/${id}`, {}, "publish")).status).toBe(303);
      const live = await publicPage("mobiliteit-leerlingen");
      expect(live.status).toBe(200);
      const text = visibleText(await live.text());
      expect(text).toContain("Mobiliteit voor leerlingen");
      expect(text).toContain("Indienen");
      const row = await db.kysely.selectFrom("calls").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ state: "published", publishedBy: "An Peeters", publishedAt: clock.toISOString() });
      const actions = await db.kysely.selectFrom("auditLog").select("action").where("entityId", "=", id).orderBy("id").execute();
      expect(actions.map((a) => a.action)).toEqual(["create", "publish"]);
    });

    it("refuses a form with mistakes, saying what is wrong at the top and beside each field, keeping what was typed", async () => {
      const before = await db.kysely.selectFrom("calls").select("id").execute();
      const res = await submit(an.client, "/beheer/oproepen/nieuw", {
        title: "",
        slug: "Foute Slug",
        budgetAmountEur: "veel",
        "deadlines.0.date": "2027-03-05",
        "deadlines.1.date": "2027-02-30",
        "deadlines.1.label": "Tweede ronde",
        "links.0.label": "Oproeptekst",
        "links.0.url": "javascript:alert(1)",
      });
      expect(res.status).toBe(400);
      const html = await res.text();
      expectNoLeftovers(html);
      const summary = /<div class="error-summary"[\s\S]*?<\/div>/.exec(html)?.[0] ?? "";
      expect(summary).toContain('href="#f-title"');
      expect(summary).toContain('href="#f-slug"');
      expect(summary).toContain('href="#f-budgetAmountEur"');
      expect(summary).toContain('href="#f-deadlines-1-date"');
      expect(summary).toContain('href="#f-links-0-url"');
      expect(visibleText(summary)).toContain("Vul „Titel” in.");
      expect(visibleText(summary)).toContain("Deadlines 2: Datum");
      expect(html).toContain('id="f-title" name="title" aria-describedby="f-title-error" aria-invalid="true"');
      const kept = formFields(html);
      expect(kept).toMatchObject({ slug: "Foute Slug", budgetAmountEur: "veel", "deadlines.1.label": "Tweede ronde" });
      expect(await db.kysely.selectFrom("calls").select("id").execute()).toHaveLength(before.length);

      const english = await submit(an.client, "/en/admin/calls/new", { title: "", slug: "x" });
      expect(english.status).toBe(400);
      expect(visibleText(await english.text())).toContain("Enter “Title”.");
    });

    it("adds a deadline row without script and shows a preview of the Markdown, saving nothing", async () => {
      const res = await submit(
        an.client,
        "/beheer/oproepen/nieuw",
        { title: "Rijen", "deadlines.0.date": "2027-01-01" },
        "add:deadlines",
      );
      expect(res.status).toBe(200);
      const fields = formFields(await res.text());
      expect(fields["deadlines.0.date"]).toBe("2027-01-01");
      expect(fields).toHaveProperty("deadlines.2.date", "");
      const preview = await send(an.client, "/beheer/oproepen/nieuw", {
        ...fields,
        introduction: "**Vet** <script>x()</script>",
        action: "preview",
      });
      const html = await preview.text();
      expect(html).toContain("<strong>Vet</strong>");
      expect(html).not.toContain("<script>x()");
      expect(await db.kysely.selectFrom("calls").select("id").where("title", "=", "Rijen").execute()).toEqual([]);
    });

    it("keeps a draft of a published call beside it: the public page and the change records stay as they were until it is published", async () => {
      const id = await newCall("draft-naast-live");
      await submit(an.client, `/beheer/oproepen/${id}`, {}, "publish");
      const recordsBefore = await changeRecords(id);
      const saved = await submit(an.client, `/beheer/oproepen/${id}`, {
        title: "Nieuwe titel",
        "deadlines.0.date": "2027-04-01",
      });
      expect(saved.status).toBe(303);
      const publicText = visibleText(await (await publicPage("draft-naast-live")).text());
      expect(publicText).toContain("Oproep draft-naast-live");
      expect(publicText).not.toContain("Nieuwe titel");
      expect(await changeRecords(id)).toHaveLength(recordsBefore.length);
      const form = await (await an.client.get(`/beheer/oproepen/${id}`)).text();
      expect(formFields(form).title).toBe("Nieuwe titel");
      expect(visibleText(form)).toContain("Er wacht een wijziging van An Peeters");

      expect((await submit(an.client, `/beheer/oproepen/${id}`, {}, "publish")).status).toBe(303);
      expect(visibleText(await (await publicPage("draft-naast-live")).text())).toContain("Nieuwe titel");
      const fields = (await changeRecords(id)).slice(recordsBefore.length).map((r) => r.field);
      expect(fields.sort()).toEqual(["deadlines", "title"]);
      expect(await db.kysely.selectFrom("pendingRevisions").selectAll().where("entityId", "=", id).execute()).toEqual([]);
    });

    it("refuses the second of two editors who started from the same version with 409, showing the other's changes and keeping what was typed", async () => {
      const id = await newCall("twee-editors");
      await an.client.get(`/beheer/oproepen/${id}`);
      const ansForm = formFields(an.client.lastHtml);
      const bertsPage = await (await bert.client.get(`/beheer/oproepen/${id}`)).text();
      expect(visibleText(bertsPage)).toContain("Ook open bij An Peeters");
      const bertsForm = formFields(bertsPage);
      expect(
        (await send(an.client, `/beheer/oproepen/${id}`, { ...ansForm, title: "Titel van An", action: "save" })).status,
      ).toBe(303);
      const refused = await send(bert.client, `/beheer/oproepen/${id}`, {
        ...bertsForm,
        budgetNote: "Bert typte dit",
        action: "save",
      });
      expect(refused.status).toBe(409);
      const html = await refused.text();
      const text = visibleText(html);
      expect(text).toContain("An Peeters heeft dit record intussen bewaard");
      expect(text).toMatch(/Titel Oproep twee-editors Titel van An/);
      expect(formFields(html).budgetNote).toBe("Bert typte dit");
      const row = await db.kysely
        .selectFrom("calls")
        .select(["title", "budgetNote"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ title: "Titel van An", budgetNote: null });
      // The form now names An's version: saving again is a choice made knowing their change.
      expect((await send(bert.client, `/beheer/oproepen/${id}`, { ...formFields(html), action: "save" })).status).toBe(303);
    });

    it("refuses an editor's save with 409 when another process saved the call after the form was opened", async () => {
      const id = await newCall("ander-proces");
      await an.client.get(`/beheer/oproepen/${id}`);
      const opened = formFields(an.client.lastHtml);
      const writer = startProcess("test/support/save-call.process.ts", [db.url, String(id), "Titel van het proces", "Importeur"]);
      const end = await writer.exited;
      expect(JSON.parse(end.stdout.trim().split("\n").at(-1) ?? "{}")).toEqual({ outcome: "updated" });
      const refused = await send(an.client, `/beheer/oproepen/${id}`, { ...opened, budgetNote: "Van An", action: "save" });
      expect(refused.status).toBe(409);
      const text = visibleText(await refused.text());
      expect(text).toContain("Importeur heeft dit record intussen bewaard");
      expect(text).toContain("Titel van het proces");
      const row = await db.kysely
        .selectFrom("calls")
        .select(["title", "budgetNote"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ title: "Titel van het proces", budgetNote: null });
    }, 60_000);

    it("leaves a 301 from the old address when the slug changes, and refuses a slug in use", async () => {
      const id = await newCall("oude-naam");
      await submit(an.client, `/beheer/oproepen/${id}`, {}, "publish");
      await submit(an.client, `/beheer/oproepen/${id}`, { slug: "nieuwe-naam" }, "publish");
      const moved = await publicPage("oude-naam");
      expect(moved.status).toBe(301);
      expect(moved.headers.get("location")).toBe("/oproepen/nieuwe-naam");
      expect((await ctx.app.request("http://localhost:3000/en/calls/oude-naam")).headers.get("location")).toBe(
        "/en/calls/nieuwe-naam",
      );
      const other = await newCall("andere-naam");
      const taken = await submit(an.client, `/beheer/oproepen/${other}`, { slug: "oude-naam" });
      expect(taken.status).toBe(400);
      expect(visibleText(await taken.text())).toContain("dit adres is al in gebruik");
    });

    it("publishes a scheduled call once, within the minute, even when two workers see it", async () => {
      const id = await newCall("gepland");
      const refused = await submit(an.client, `/beheer/oproepen/${id}`, { publishAt: "2026-11-01T09:00" }, "schedule");
      expect(refused.status).toBe(400);
      const res = await submit(an.client, `/beheer/oproepen/${id}`, { publishAt: "2026-11-23T12:30" }, "schedule");
      expect(res.status).toBe(303);
      expect((await publicPage("gepland")).status).toBe(404);
      expect(await publishDue(db.kysely, ctx.writer, clock)).toBe(0);
      clock = new Date("2026-11-23T11:30:30.000Z");
      const [first, second] = await Promise.all([
        publishDue(db.kysely, ctx.writer, clock),
        publishDue(db.kysely, ctx.writer, clock),
      ]);
      expect(first + second).toBe(1);
      expect((await publicPage("gepland")).status).toBe(200);
      const audit = await db.kysely.selectFrom("auditLog").select("action").where("entityId", "=", id).execute();
      expect(audit.filter((a) => a.action === "scheduledPublish")).toHaveLength(1);
      const publishedRevisions = await db.kysely
        .selectFrom("revisions")
        .select("actor")
        .where("entityType", "=", "call")
        .where("entityId", "=", id)
        .execute();
      expect(publishedRevisions.filter((r) => r.actor === "system")).toHaveLength(1);
    });

    it("unpublishes and archives, each hiding the call from visitors", async () => {
      const id = await newCall("weg-ermee");
      await submit(an.client, `/beheer/oproepen/${id}`, {}, "publish");
      expect((await publicPage("weg-ermee")).status).toBe(200);
      await submit(an.client, `/beheer/oproepen/${id}`, {}, "unpublish");
      expect((await publicPage("weg-ermee")).status).toBe(404);
      await submit(an.client, `/beheer/oproepen/${id}`, {}, "archive");
      const row = await db.kysely.selectFrom("calls").select("state").where("id", "=", id).executeTakeFirstOrThrow();
      expect(row.state).toBe("archived");
      expect(visibleText(await (await an.client.get("/beheer/oproepen?state=archived")).text())).toContain("Oproep weg-ermee");
    });

    it("shows every revision with a readable diff and restores an old one as a new revision", async () => {
      const id = await newCall("met-revisies");
      await submit(an.client, `/beheer/oproepen/${id}`, { title: "Tweede titel", "deadlines.0.date": "2027-05-01" });
      const revisions = await an.client.get(`/beheer/oproepen/${id}/revisies`);
      const text = visibleText(await revisions.text());
      expect(text).toContain("Versie 2 (huidige versie)");
      expect(text).toMatch(/Titel Oproep met-revisies Tweede titel/);
      expect(text).toContain("2027-03-05 17:00 Eerste ronde");
      const restored = await an.client.post(`/beheer/oproepen/${id}/revisies`, { restore: "1" });
      expect(restored.status).toBe(303);
      const row = await db.kysely.selectFrom("calls").select(["title", "version"]).where("id", "=", id).executeTakeFirstOrThrow();
      expect(row).toEqual({ title: "Oproep met-revisies", version: 3 });
    });

    it("removes scripts, event handlers and unsafe links from Markdown on the public page", async () => {
      await newCall("veilig", {
        introduction:
          "**Belangrijk** <script>alert('x')</script> <img src=x onerror=alert(1)> [klik](javascript:alert(1)) [site](https://ec.europa.eu)",
      });
      const [{ id }] = (await db.kysely.selectFrom("calls").select("id").where("slug", "=", "veilig").execute()) as [
        { id: number },
      ];
      await submit(an.client, `/beheer/oproepen/${id}`, {}, "publish");
      const html = await (await publicPage("veilig")).text();
      expect(html).toContain("<strong>Belangrijk</strong>");
      expect(html).toContain('href="https://ec.europa.eu"');
      expect(html).not.toContain("alert('x')");
      expect(html).not.toContain("onerror");
      expect(html).not.toContain("javascript:");
    });

    it("says before publishing how many followers will hear of the change, and a minor change alerts nobody", async () => {
      const id = await newCall("gevolgd", { themesMode: "own", "themes[]": [theme.slug] });
      await submit(an.client, `/beheer/oproepen/${id}`, {}, "publish");
      const member = await signedInMember(db.kysely, "lid@example.be", clock);
      const other = await signedInMember(db.kysely, "lid2@example.be", clock);
      await db.kysely
        .insertInto("follows")
        .values([
          { userId: member.id, subjectType: "call", subjectId: id, createdAt: clock.toISOString() },
          { userId: member.id, subjectType: "theme", subjectId: theme.id, createdAt: clock.toISOString() },
          { userId: other.id, subjectType: "theme", subjectId: theme.id, createdAt: clock.toISOString() },
        ])
        .execute();
      expect(visibleText(await (await an.client.get(`/beheer/oproepen/${id}`)).text())).toContain(
        "2 volgers krijgen bericht van deze wijziging",
      );
      await submit(an.client, `/beheer/oproepen/${id}`, { title: "Oproep gevolgd (tikfout)", minor: "1" }, "publish");
      const minor = (await changeRecords(id)).filter((r) => r.field === "title");
      expect(minor.map((r) => r.minor)).toEqual([1]);
    });

    it("keeps the contacts of a call and a programme as rows, refusing a row without a name, and shows them to visitors", async () => {
      const id = await newCall("met-contact", {
        "contacts.0.name": "Els Janssens",
        "contacts.0.organisation": "Vlaams Agentschap",
        "contacts.0.email": "els@example.be",
      });
      const refused = await submit(an.client, `/beheer/oproepen/${id}`, { "contacts.1.email": "geen-adres" });
      expect(refused.status).toBe(400);
      const summary = visibleText(/<div class="error-summary"[\s\S]*?<\/div>/.exec(await refused.text())?.[0] ?? "");
      expect(summary).toContain("Vul „Contactpersonen 2: Naam” in.");
      expect(summary).toContain("„Contactpersonen 2: E-mailadres”: geen geldig e-mailadres.");
      await submit(an.client, `/beheer/oproepen/${id}`, {}, "publish");
      expect(visibleText(await (await publicPage("met-contact")).text())).toContain("Els Janssens");
      expect(formFields(await (await an.client.get(`/beheer/oproepen/${id}`)).text())["contacts.0.email"]).toBe("els@example.be");

      const programmeForm = await submit(
        an.client,
        "/beheer/programmas/nieuw",
        {
          name: "Horizon Europa",
          slug: "horizon-europa",
          "contacts.0.label": "Nationaal contactpunt",
          "contacts.0.name": "NCP Vlaanderen",
          "contacts.0.website": "https://ncp.example.be",
        },
        "publish",
      );
      expect(programmeForm.status).toBe(303);
      const live = visibleText(await (await ctx.app.request("http://localhost:3000/programmas/horizon-europa")).text());
      expect(live).toContain("NCP Vlaanderen");
    });

    it("creates and publishes a programme, shown to visitors", async () => {
      const res = await submit(
        an.client,
        "/beheer/programmas/nieuw",
        { name: "Creatief Europa", slug: "creatief-europa" },
        "publish",
      );
      expect(res.status).toBe(303);
      const live = await ctx.app.request("http://localhost:3000/programmas/creatief-europa");
      expect(live.status).toBe(200);
      expect(visibleText(await live.text())).toContain("Creatief Europa");
    });
  });
}
