import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { recordId, sendForm, submitForm as submit } from "../../../test/support/editor-forms.js";
import { signedInEditor } from "../../../test/support/editors.js";
import { buildCall, buildProgramme, buildTheme } from "../../../test/support/factories.js";
import { formFields } from "../../../test/support/form-fields.js";
import { createTestApp, expectNoLeftovers, visibleText } from "../../../test/support/test-app.js";
import { SYSTEM_ACTOR } from "./audit-log.js";
import { mergeRecords } from "./merge/merge-records.js";
import { publishDue } from "./scheduled-publish.task.js";

/** One kind of record as an editor meets it: its back-office address, what a new one needs, its public page. */
interface Entity {
  name: string;
  table: "events" | "articles" | "themes" | "beneficiaryTypes";
  admin: { nl: string; en: string };
  publicPath(slug: string): string;
  workflow: boolean;
  title: string;
  fill(slug: string): Record<string, string | string[]>;
  rename: Record<string, string>;
  /** A form that must be refused, with a field the summary links to and the message it gives. */
  invalid: { fields: Record<string, string>; field: string; message: string };
}

const ENTITIES: Entity[] = [
  {
    name: "events",
    table: "events",
    admin: { nl: "/beheer/evenementen", en: "/en/admin/events" },
    publicPath: (slug) => `/evenementen/${slug}`,
    workflow: true,
    title: "title",
    fill: (slug) => ({ title: `Infosessie ${slug}`, slug, startsAt: "2027-02-10T10:00", location: "Brussel" }),
    rename: { title: "Infosessie met nieuwe titel" },
    invalid: { fields: { startsAt: "", contactEmail: "geen-adres" }, field: "startsAt", message: "Vul „Begint op" },
  },
  {
    name: "articles",
    table: "articles",
    admin: { nl: "/beheer/artikels", en: "/en/admin/articles" },
    publicPath: (slug) => `/artikels/${slug}`,
    workflow: true,
    title: "title",
    fill: (slug) => ({ title: `Artikel ${slug}`, slug, body: "Een **tekst** <script>alert('x')</script>" }),
    rename: { title: "Artikel met nieuwe titel" },
    invalid: { fields: { title: "" }, field: "title", message: "Vul „Titel” in." },
  },
  {
    name: "themes",
    table: "themes",
    admin: { nl: "/beheer/themas", en: "/en/admin/themes" },
    publicPath: (slug) => `/themas/${slug}`,
    workflow: false,
    title: "nameNl",
    fill: (slug) => ({
      nameNl: `Thema ${slug}`,
      nameEn: `Theme ${slug}`,
      slug,
      "contact.name": "Vlaams Loket",
      "contact.email": "loket@example.be",
    }),
    rename: { nameNl: "Thema met nieuwe naam" },
    invalid: {
      fields: { "contact.name": "", "contact.email": "loket@example.be" },
      field: "contact.name",
      message: "Vul „Contactpunt: Naam” in.",
    },
  },
  {
    name: "beneficiary types",
    table: "beneficiaryTypes",
    admin: { nl: "/beheer/begunstigden", en: "/en/admin/beneficiaries" },
    publicPath: (slug) => `/begunstigden/${slug}`,
    workflow: false,
    title: "nameNl",
    fill: (slug) => ({ nameNl: `Soort ${slug}`, nameEn: `Kind ${slug}`, slug }),
    rename: { nameNl: "Soort met nieuwe naam" },
    invalid: { fields: { position: "eerste" }, field: "position", message: "„Plaats in de lijst” moet een getal zijn" },
  },
];

for (const dialect of DIALECTS) {
  describe(`editing every kind of record in the back office (${dialect})`, () => {
    let db: TestDb;
    const start = new Date("2026-11-23T10:00:00.000Z");
    let clock = start;
    let ctx: ReturnType<typeof createTestApp>;
    let an: Awaited<ReturnType<typeof signedInEditor>>;
    let bert: Awaited<ReturnType<typeof signedInEditor>>;

    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db, { clock: () => clock });
      an = await signedInEditor(ctx.app, db.kysely, { email: "an@example.be", name: "An Peeters", now: clock });
      bert = await signedInEditor(ctx.app, db.kysely, { email: "bert@example.be", name: "Bert Claes", now: clock });
    });
    afterAll(() => db.destroy());

    const visit = (path: string) => ctx.app.request(`http://localhost:3000${path}`);
    const row = (entity: Entity, id: number) =>
      db.kysely
        .selectFrom(entity.table as "events")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirstOrThrow() as Promise<Record<string, unknown>>;

    async function create(entity: Entity, slug: string, action = "save") {
      const res = await submit(an.client, `${entity.admin.nl}/nieuw`, entity.fill(slug), action);
      expect(res.status, visibleText(an.client.lastHtml)).toBe(303);
      return recordId(res);
    }

    for (const entity of ENTITIES) {
      it(`${entity.name}: the list and a new form in both languages, and a refused form that keeps what was typed`, async () => {
        await create(entity, `${entity.table.toLowerCase()}-in-lijst`);
        for (const path of [entity.admin.nl, entity.admin.en]) {
          const list = await an.client.get(`${path}?q=in-lijst`);
          expect(list.status).toBe(200);
          expect(visibleText(await list.text())).toContain("1 record");
        }
        expect((await an.client.get(`${entity.admin.en}/new`)).status).toBe(200);
        const before = await db.kysely
          .selectFrom(entity.table as "events")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow();
        const refused = await submit(an.client, `${entity.admin.nl}/nieuw`, {
          ...entity.fill(`${entity.table.toLowerCase()}-fout`),
          ...entity.invalid.fields,
        });
        expect(refused.status).toBe(400);
        const html = await refused.text();
        expectNoLeftovers(html);
        const summary = /<div class="error-summary"[\s\S]*?<\/div>/.exec(html)?.[0] ?? "";
        expect(summary).toContain(`href="#f-${entity.invalid.field.replace(".", "-")}"`);
        expect(visibleText(summary)).toContain(entity.invalid.message);
        expect(formFields(html)).toMatchObject(entity.invalid.fields);
        const after = await db.kysely
          .selectFrom(entity.table as "events")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow();
        expect(Number(after.n)).toBe(Number(before.n));
      });

      it(`${entity.name}: an edit is saved as a revision, and a changed address redirects from the old one`, async () => {
        const slug = `${entity.table.toLowerCase()}-oud`;
        const id = await create(entity, slug, entity.workflow ? "publish" : "save");
        expect((await visit(entity.publicPath(slug))).status).toBe(200);
        const edited = await submit(
          an.client,
          `${entity.admin.nl}/${id}`,
          { ...entity.rename, slug: `${slug}-nieuw` },
          "publish",
        );
        expect(edited.status).toBe(303);
        const moved = await visit(entity.publicPath(slug));
        expect(moved.status).toBe(301);
        expect(moved.headers.get("location")).toBe(entity.publicPath(`${slug}-nieuw`));
        const live = await visit(entity.publicPath(`${slug}-nieuw`));
        expect(visibleText(await live.text())).toContain(Object.values(entity.rename)[0]);
        const revisions = visibleText(await (await an.client.get(`${entity.admin.nl}/${id}/revisies`)).text());
        expect(revisions).toContain("Versie 2 (huidige versie)");
      });
    }

    for (const entity of ENTITIES) {
      it(`${entity.name}: the second of two editors who opened one version gets 409 with the other's change, keeping what was typed`, async () => {
        const id = await create(entity, `${entity.table.toLowerCase()}-twee`);
        const path = `${entity.admin.nl}/${id}`;
        await an.client.get(path);
        const ansForm = formFields(an.client.lastHtml);
        await bert.client.get(path);
        const bertsForm = formFields(bert.client.lastHtml);
        expect((await sendForm(an.client, path, { ...ansForm, ...entity.rename, action: "save" })).status).toBe(303);
        const refused = await sendForm(bert.client, path, {
          ...bertsForm,
          slug: `${entity.table.toLowerCase()}-van-bert`,
          action: "save",
        });
        expect(refused.status).toBe(409);
        const html = await refused.text();
        expect(visibleText(html)).toContain("An Peeters heeft dit record intussen bewaard");
        expect(visibleText(html)).toContain(Object.values(entity.rename)[0]);
        expect(formFields(html).slug).toBe(`${entity.table.toLowerCase()}-van-bert`);
        expect(await row(entity, id)).toMatchObject({ slug: `${entity.table.toLowerCase()}-twee` });
      });
    }

    for (const entity of ENTITIES.filter((e) => e.workflow)) {
      it(`${entity.name}: a draft is hidden, published with who and when, and a change to it waits until it is published`, async () => {
        const slug = `${entity.table}-concept`;
        const id = await create(entity, slug);
        expect((await visit(entity.publicPath(slug))).status).toBe(404);
        expect((await submit(an.client, `${entity.admin.nl}/${id}`, {}, "publish")).status).toBe(303);
        const page = await visit(entity.publicPath(slug));
        expect(page.status).toBe(200);
        const html = await page.text();
        expect(visibleText(html)).toContain("Gepubliceerd op 23 november 2026 door An Peeters");
        expect(html).not.toContain("alert('x')");

        expect((await submit(an.client, `${entity.admin.nl}/${id}`, entity.rename)).status).toBe(303);
        const waiting = visibleText(await (await visit(entity.publicPath(slug))).text());
        expect(waiting).not.toContain(Object.values(entity.rename)[0]);
        expect(visibleText(await (await an.client.get(`${entity.admin.nl}/${id}`)).text())).toContain(
          "Er wacht een wijziging van An Peeters",
        );
        expect((await submit(an.client, `${entity.admin.nl}/${id}`, {}, "publish")).status).toBe(303);
        expect(visibleText(await (await visit(entity.publicPath(slug))).text())).toContain(Object.values(entity.rename)[0]);
      });

      it(`${entity.name}: scheduled, then published by the worker's task once the moment has come`, async () => {
        const slug = `${entity.table}-gepland`;
        const id = await create(entity, slug);
        const res = await submit(an.client, `${entity.admin.nl}/${id}`, { publishAt: "2026-11-23T12:30" }, "schedule");
        expect(res.status).toBe(303);
        expect(await row(entity, id)).toMatchObject({ state: "scheduled", publishAt: "2026-11-23T11:30:00.000Z" });
        expect((await visit(entity.publicPath(slug))).status).toBe(404);
        clock = new Date("2026-11-23T11:31:00.000Z");
        try {
          expect(await publishDue(db.kysely, ctx.writer, clock)).toBeGreaterThanOrEqual(1);
          expect(await row(entity, id)).toMatchObject({ state: "published", publishedBy: "An Peeters" });
          expect((await visit(entity.publicPath(slug))).status).toBe(200);
        } finally {
          clock = start;
        }
      });

      it(`${entity.name}: unpublished and archived, each hidden from visitors`, async () => {
        const slug = `${entity.table}-weg`;
        const id = await create(entity, slug, "publish");
        expect((await visit(entity.publicPath(slug))).status).toBe(200);
        await submit(an.client, `${entity.admin.nl}/${id}`, {}, "unpublish");
        expect((await visit(entity.publicPath(slug))).status).toBe(404);
        await submit(an.client, `${entity.admin.nl}/${id}`, {}, "archive");
        expect(await row(entity, id)).toMatchObject({ state: "archived" });
        const archived = visibleText(await (await an.client.get(`${entity.admin.nl}?state=archived`)).text());
        expect(archived).toContain(String(entity.fill(slug)[entity.title]));
        const actions = await db.kysely
          .selectFrom("auditLog")
          .select("action")
          .where("entityType", "=", entity.table.slice(0, -1))
          .where("entityId", "=", id)
          .orderBy("id")
          .execute();
        expect(actions.map((a) => a.action)).toEqual(["publish", "unpublish", "archive"]);
      });
    }

    it("themes and beneficiary types are live once saved: their form offers no publishing", async () => {
      const html = await (await an.client.get("/beheer/themas/nieuw")).text();
      expect(html).not.toContain('value="publish"');
      expect(visibleText(html)).toContain("wat u opslaat, zien bezoekers meteen");
      const id = await create(ENTITIES[2] as Entity, "thema-met-loket");
      const theme = await db.kysely.selectFrom("themes").select("contactId").where("id", "=", id).executeTakeFirstOrThrow();
      const contact = await db.kysely
        .selectFrom("contacts")
        .selectAll()
        .where("id", "=", theme.contactId ?? -1)
        .executeTakeFirstOrThrow();
      expect(contact).toMatchObject({ name: "Vlaams Loket", email: "loket@example.be" });
    });

    it("an event names its calls by address, and an address nobody has is refused with its name", async () => {
      const call = await buildCall(ctx.writer, { slug: "oproep-bij-event", title: "Oproep bij het evenement" });
      const refused = await submit(an.client, "/beheer/evenementen/nieuw", {
        ...(ENTITIES[0] as Entity).fill("event-met-oproep"),
        callsTyped: `${call.slug}, bestaat-niet`,
      });
      expect(refused.status).toBe(400);
      expect(visibleText(await refused.text())).toContain("„Oproepen”: „bestaat-niet” bestaat niet.");
      const res = await submit(
        an.client,
        "/beheer/evenementen/nieuw",
        { ...(ENTITIES[0] as Entity).fill("event-met-oproep"), callsTyped: call.slug },
        "publish",
      );
      expect(res.status).toBe(303);
      expect(visibleText(await (await visit("/evenementen/event-met-oproep")).text())).toContain("Oproep bij het evenement");
    });

    it("a waiting change that names a programme merged away since is published naming the programme it went into", async () => {
      const stub = await buildProgramme(ctx.writer, { slug: "digital-europe", name: "Digital Europe" });
      const kept = await buildProgramme(ctx.writer, { slug: "digital-europe-programme", name: "Digital Europe Programme" });
      const theme = await buildTheme(ctx.writer, { slug: "digitaal", nameNl: "Digitaal" });
      const id = await create(ENTITIES[1] as Entity, "artikel-voor-merge", "publish");
      const saved = await submit(an.client, `/beheer/artikels/${id}`, { "programmes[]": [stub.slug], "themes[]": [theme.slug] });
      expect(saved.status).toBe(303);
      await mergeRecords(ctx.writer, {
        kind: "programme",
        mergedSlug: stub.slug,
        keptSlug: kept.slug,
        actor: SYSTEM_ACTOR,
        now: clock,
      });
      const published = await submit(an.client, `/beheer/artikels/${id}`, {}, "publish");
      expect(published.status, visibleText(an.client.lastHtml)).toBe(303);
      const links = await db.kysely
        .selectFrom("articleProgrammes")
        .innerJoin("programmes", "programmes.id", "articleProgrammes.programmeId")
        .select("programmes.slug")
        .where("articleId", "=", id)
        .execute();
      expect(links).toEqual([{ slug: kept.slug }]);
    });

    it("the worker publishes a scheduled change that names a theme merged away since, naming the theme it went into", async () => {
      const stub = await buildTheme(ctx.writer, { slug: "buitenlandse-acties", nameNl: "Buitenlandse acties" });
      const kept = await buildTheme(ctx.writer, { slug: "eu-uitbreiding", nameNl: "EU-uitbreiding/buitenlandse acties" });
      const id = await create(ENTITIES[1] as Entity, "artikel-gepland-voor-merge", "publish");
      const scheduled = await submit(
        an.client,
        `/beheer/artikels/${id}`,
        { "themes[]": [stub.slug], publishAt: "2026-11-23T12:30" },
        "schedule",
      );
      expect(scheduled.status).toBe(303);
      await mergeRecords(ctx.writer, {
        kind: "theme",
        mergedSlug: stub.slug,
        keptSlug: kept.slug,
        actor: SYSTEM_ACTOR,
        now: clock,
      });
      expect(await publishDue(db.kysely, ctx.writer, new Date("2026-11-23T11:31:00.000Z"))).toBeGreaterThanOrEqual(1);
      const themes = await db.kysely
        .selectFrom("articleThemes")
        .innerJoin("themes", "themes.id", "articleThemes.themeId")
        .select("themes.slug")
        .where("articleId", "=", id)
        .execute();
      expect(themes).toEqual([{ slug: kept.slug }]);
      const waiting = db.kysely.selectFrom("pendingRevisions").select("seq").where("entityType", "=", "article");
      expect(await waiting.where("entityId", "=", id).execute()).toEqual([]);
    });
  });
}
