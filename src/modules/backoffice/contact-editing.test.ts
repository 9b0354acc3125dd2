import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { recordId, sendForm, submitForm as submit } from "../../../test/support/editor-forms.js";
import { signedInEditor } from "../../../test/support/editors.js";
import { buildCall, buildContact, buildProgramme, buildTheme } from "../../../test/support/factories.js";
import { formFields } from "../../../test/support/form-fields.js";
import { createTestApp, expectNoLeftovers, visibleText } from "../../../test/support/test-app.js";
import { callInput } from "../calls/call.input.js";
import { callStore } from "../calls/call.store.js";

const desk = { name: "Vlaams ESF-Agentschap", organisation: "ESF Vlaanderen", email: "info@esf.be", phone: "+32 2 546 22 11" };

for (const dialect of DIALECTS) {
  describe(`contacts in the back office (${dialect})`, () => {
    let db: TestDb;
    let ctx: ReturnType<typeof createTestApp>;
    let an: Awaited<ReturnType<typeof signedInEditor>>;
    let bert: Awaited<ReturnType<typeof signedInEditor>>;
    const now = new Date("2026-11-23T10:00:00.000Z");

    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db, { now });
      an = await signedInEditor(ctx.app, db.kysely, { email: "an@example.be", name: "An Peeters", now });
      bert = await signedInEditor(ctx.app, db.kysely, { email: "bert@example.be", name: "Bert Claes", now });
    });
    afterAll(() => db.destroy());

    const visit = async (path: string) => visibleText(await (await ctx.app.request(`http://localhost:3000${path}`)).text());
    const contactsOf = async (callId: number) =>
      db.kysely
        .selectFrom("callContacts")
        .innerJoin("contacts", "contacts.id", "callContacts.contactId")
        .select(["contacts.id", "contacts.slug", "contacts.phone"])
        .where("callId", "=", callId)
        .orderBy("position")
        .execute();
    const contactCount = async () =>
      Number(
        (
          await db.kysely
            .selectFrom("contacts")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it("a new contact: refused with a message per field and nothing stored, then created, edited and restored with revisions and log lines", async () => {
      const before = await contactCount();
      const refused = await submit(an.client, "/beheer/contacten/nieuw", {
        name: "",
        email: "geen-adres",
        phone: "bel me",
        website: "esf.be",
      });
      expect(refused.status).toBe(400);
      const html = await refused.text();
      expectNoLeftovers(html);
      const summary = visibleText(/<div class="error-summary"[\s\S]*?<\/div>/.exec(html)?.[0] ?? "");
      expect(summary).toContain("Vul „Naam” in.");
      expect(summary).toContain("„E-mailadres”: geen geldig e-mailadres.");
      expect(summary).toContain("„Telefoon”: geen geldig telefoonnummer");
      expect(summary).toContain("„Website”: geen geldig webadres");
      expect(formFields(html)).toMatchObject({ email: "geen-adres", phone: "bel me" });
      expect(await contactCount()).toBe(before);

      const created = await submit(an.client, "/beheer/contacten/nieuw", { ...desk, website: "https://www.esf.be" });
      expect(created.status, visibleText(an.client.lastHtml)).toBe(303);
      const id = recordId(created);
      const row = await db.kysely.selectFrom("contacts").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ slug: "vlaams-esf-agentschap", ...desk, version: 1 });

      expect((await submit(an.client, `/beheer/contacten/${id}`, { phone: "+32 2 546 22 00" })).status).toBe(303);
      const revisions = visibleText(await (await an.client.get(`/beheer/contacten/${id}/revisies`)).text());
      expect(revisions).toContain("Versie 2 (huidige versie)");
      expect(revisions).toContain("+32 2 546 22 11");
      await an.client.get(`/beheer/contacten/${id}/revisies`);
      const restored = await sendForm(an.client, `/beheer/contacten/${id}/revisies`, {
        ...formFields(an.client.lastHtml),
        restore: "1",
        version: "2",
      });
      expect(restored.status).toBe(303);
      const back = await db.kysely.selectFrom("contacts").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
      expect(back).toMatchObject({ phone: "+32 2 546 22 11", version: 3 });
      const actions = await db.kysely
        .selectFrom("auditLog")
        .select("action")
        .where("entityType", "=", "contact")
        .where("entityId", "=", id)
        .orderBy("id")
        .execute();
      expect(actions.map((a) => a.action)).toEqual(["create", "save", "restore"]);
    });

    it("the second of two editors who opened one version of a contact gets 409 with the other's change, keeping what was typed", async () => {
      const contact = await buildContact(ctx.writer, { name: "Bureau Europa", email: "bureau@example.be" });
      const path = `/beheer/contacten/${contact.id}`;
      await an.client.get(path);
      const ansForm = formFields(an.client.lastHtml);
      await bert.client.get(path);
      const bertsForm = formFields(bert.client.lastHtml);
      expect((await sendForm(an.client, path, { ...ansForm, phone: "09 123 45 67", action: "save" })).status).toBe(303);
      const refused = await sendForm(bert.client, path, { ...bertsForm, role: "Coördinator", action: "save" });
      expect(refused.status).toBe(409);
      const html = await refused.text();
      expect(visibleText(html)).toContain("An Peeters heeft dit record intussen bewaard");
      expect(visibleText(html)).toContain("09 123 45 67");
      expect(formFields(html).role).toBe("Coördinator");
      const row = await db.kysely.selectFrom("contacts").selectAll().where("id", "=", contact.id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({ phone: "09 123 45 67", role: null });
    });

    it("the list finds contacts by name, organisation or e-mail, filters by what uses them, sorts, and links to where each is used", async () => {
      const shared = { name: "Europa Desk Lijst", organisation: "Lijstorganisatie", email: "lijst@example.be" };
      const call = await buildCall(ctx.writer, { title: "Oproep met lijstcontact", contacts: [shared] });
      const programme = await buildProgramme(ctx.writer, { name: "Programma met lijstcontact", contacts: [shared] });
      const theme = await buildTheme(ctx.writer, { nameNl: "Thema met lijstcontact", contact: shared });
      await buildContact(ctx.writer, { name: "Aaa Lijst Ongebruikt", email: "ongebruikt@example.be" });
      const [{ id } = { id: 0 }] = await contactsOf(call.id);

      const list = await an.client.get("/beheer/contacten?q=lijstorganisatie");
      const html = await list.text();
      expect(visibleText(html)).toContain("1 record");
      expect(visibleText(html)).toContain("1 oproep: Oproep met lijstcontact");
      expect(visibleText(html)).toContain("1 programma: Programma met lijstcontact");
      expect(visibleText(html)).toContain("1 thema: Thema met lijstcontact");
      expect(html).toContain(`href="/beheer/oproepen/${call.id}"`);
      expect(html).toContain(`href="/beheer/programmas/${programme.id}"`);
      expect(html).toContain(`href="/beheer/themas/${theme.id}"`);
      expect(html).toContain(`href="/beheer/contacten/${id}"`);
      expect(visibleText(await (await an.client.get("/beheer/contacten?q=lijst@example")).text())).toContain("1 record");

      const names = async (query: string) =>
        [
          ...(await (await an.client.get(`/beheer/contacten?q=lijst&${query}`)).text()).matchAll(
            /<a href="\/beheer\/contacten\/\d+">([^<]+)</g,
          ),
        ].map((m) => m[1]);
      expect(await names("usedBy=unused")).toEqual(["Aaa Lijst Ongebruikt"]);
      for (const usedBy of ["calls", "programmes", "themes"])
        expect(await names(`usedBy=${usedBy}`)).toEqual(["Europa Desk Lijst"]);
      expect(await names("sort=name&dir=asc")).toEqual(["Aaa Lijst Ongebruikt", "Europa Desk Lijst"]);
      expect(await names("sort=name&dir=desc")).toEqual(["Europa Desk Lijst", "Aaa Lijst Ongebruikt"]);

      const en = visibleText(await (await an.client.get("/en/admin/contacts?q=lijstorganisatie")).text());
      expect(en).toContain("1 call: Oproep met lijstcontact");
      const page = visibleText(await (await an.client.get(`/beheer/contacten/${id}`)).text());
      expect(page).toContain("Gebruikt door");
      expect(page).toContain("1 oproep: Oproep met lijstcontact");
    });

    it("a contact edited in its own section changes on the page of every call that names it", async () => {
      const shared = { name: "Gedeeld Loket", email: "gedeeld@example.be", phone: "02 111 11 11" };
      const first = await buildCall(ctx.writer, { title: "Eerste oproep", contacts: [shared] });
      const second = await buildCall(ctx.writer, { title: "Tweede oproep", contacts: [shared] });
      const [a] = await contactsOf(first.id);
      const [b] = await contactsOf(second.id);
      expect(a?.id).toBe(b?.id);
      expect(await visit(`/oproepen/${second.slug}`)).toContain("02 111 11 11");
      expect((await submit(an.client, `/beheer/contacten/${a?.id}`, { phone: "02 222 22 22" })).status).toBe(303);
      for (const call of [first, second]) {
        const page = await visit(`/oproepen/${call.slug}`);
        expect(page).toContain("02 222 22 22");
        expect(page).not.toContain("02 111 11 11");
      }
    });

    it("retyping a shared contact in one call's row gives that call a contact of its own; a contact only it names changes in place", async () => {
      const shared = { name: "Kopie Loket", email: "kopie@example.be", phone: "03 333 33 33" };
      const mine = await buildCall(ctx.writer, { title: "Oproep die wijzigt", contacts: [shared] });
      const other = await buildCall(ctx.writer, { title: "Oproep die blijft", contacts: [shared] });
      const [sharedRow] = await contactsOf(mine.id);
      const changed = await submit(an.client, `/beheer/oproepen/${mine.id}`, { "contacts.0.phone": "03 444 44 44" }, "publish");
      expect(changed.status, visibleText(an.client.lastHtml)).toBe(303);
      const [own] = await contactsOf(mine.id);
      expect(own?.id).not.toBe(sharedRow?.id);
      expect(own?.phone).toBe("03 444 44 44");
      expect(await contactsOf(other.id)).toEqual([sharedRow]);
      expect(await visit(`/oproepen/${other.slug}`)).toContain("03 333 33 33");
      expect(await visit(`/oproepen/${mine.slug}`)).toContain("03 444 44 44");

      // Now only this call names its own contact: retyping it changes that contact, as a revision of it.
      const again = await submit(an.client, `/beheer/oproepen/${mine.id}`, { "contacts.0.phone": "03 555 55 55" }, "publish");
      expect(again.status).toBe(303);
      const [same] = await contactsOf(mine.id);
      expect(same).toEqual({ ...own, phone: "03 555 55 55" });
      const revisions = visibleText(await (await an.client.get(`/beheer/contacten/${own?.id}/revisies`)).text());
      expect(revisions).toContain("Versie 2 (huidige versie)");
      expect(revisions).toContain("An Peeters");
    });

    it("an import with another phone number for a shared contact gives its call a copy, and importing it again changes nothing", async () => {
      const shared = { name: "Import Loket", email: "import@example.be", phone: "06 111 11 11" };
      const imported = await buildCall(ctx.writer, { title: "Geïmporteerde oproep", contacts: [shared] });
      const other = await buildCall(ctx.writer, { title: "Andere oproep", contacts: [shared] });
      const [sharedRow] = await contactsOf(imported.id);
      const { id: _id, ...input } = imported;
      const again = callInput.parse({ ...input, contacts: [{ ...shared, phone: "06 222 22 22" }] });
      const first = await ctx.writer.save(callStore, { id: imported.id, input: again, actor: "import:pages" });
      expect(first.outcome).toBe("updated");
      expect(await contactsOf(other.id)).toEqual([sharedRow]);
      const [copy] = await contactsOf(imported.id);
      expect(copy).toMatchObject({ phone: "06 222 22 22" });
      expect(copy?.id).not.toBe(sharedRow?.id);
      const second = await ctx.writer.save(callStore, { id: imported.id, input: again, actor: "import:pages" });
      expect(second.outcome).toBe("unchanged");
      expect(await contactsOf(imported.id)).toEqual([copy]);
    });

    it("a call's contact row picks an existing contact by its address, without script; an address nobody has is refused", async () => {
      const contact = await buildContact(ctx.writer, {
        name: "Gekozen Contact",
        email: "gekozen@example.be",
        phone: "04 666 66 66",
      });
      const call = await buildCall(ctx.writer, { title: "Oproep die kiest" });
      const form = await an.client.get(`/beheer/oproepen/${call.id}`);
      const html = await form.text();
      expect(html).toContain(`<datalist id="contact-choices">`);
      expect(html).toContain(`value="${contact.slug}"`);
      const unknown = await submit(an.client, `/beheer/oproepen/${call.id}`, { "contacts.0.pick": "niemand-hier" });
      expect(unknown.status).toBe(400);
      expect(visibleText(await unknown.text())).toContain("„niemand-hier” bestaat niet.");
      const picked = await submit(an.client, `/beheer/oproepen/${call.id}`, { "contacts.0.pick": contact.slug }, "publish");
      expect(picked.status, visibleText(an.client.lastHtml)).toBe(303);
      expect(await contactsOf(call.id)).toEqual([{ id: contact.id, slug: contact.slug, phone: "04 666 66 66" }]);
      expect(await visit(`/oproepen/${call.slug}`)).toContain("04 666 66 66");
      const loaded = await db.kysely.transaction().execute((trx) => callStore.load(trx, call.id));
      expect(loaded?.input.contacts).toMatchObject([{ name: "Gekozen Contact", email: "gekozen@example.be" }]);
    });

    it("merging two contacts moves every call, programme and theme naming the merged one to the kept one", async () => {
      const kept = { name: "Dubbel Loket", email: "dubbel@example.be", phone: "05 777 77 77" };
      const merged = { name: "Dubbel loket (import)", email: "dubbel@example.be" };
      const call = await buildCall(ctx.writer, { title: "Oproep met dubbel", contacts: [merged] });
      const both = await buildCall(ctx.writer, { title: "Oproep met beide", contacts: [merged, kept] });
      const programme = await buildProgramme(ctx.writer, {
        name: "Programma met dubbel",
        contacts: [{ ...merged, label: "NCP" }],
      });
      const theme = await buildTheme(ctx.writer, { nameNl: "Thema met dubbel", contact: merged });
      const [mergedRow] = await contactsOf(call.id);
      const keptRow = (await contactsOf(both.id))[1];
      const preview = await an.client.get(`/beheer/samenvoegen?kind=contact&merged=${mergedRow?.slug}&kept=${keptRow?.slug}`);
      expect(preview.status).toBe(200);
      const text = visibleText(await preview.text());
      expect(text).toContain("Oproep met dubbel");
      expect(text).toContain("Programma met dubbel");
      expect(text).toContain("Thema met dubbel");
      const done = await an.client.post("/beheer/samenvoegen");
      expect(done.status).toBe(303);
      expect(await contactsOf(call.id)).toEqual([keptRow]);
      expect(await contactsOf(both.id)).toEqual([keptRow]);
      const programmeLinks = await db.kysely
        .selectFrom("programmeContacts")
        .select(["contactId", "label"])
        .where("programmeId", "=", programme.id)
        .execute();
      expect(programmeLinks).toEqual([{ contactId: keptRow?.id, label: "NCP" }]);
      const themeRow = await db.kysely
        .selectFrom("themes")
        .select("contactId")
        .where("id", "=", theme.id)
        .executeTakeFirstOrThrow();
      expect(themeRow.contactId).toBe(keptRow?.id);
      const gone = await db.kysely
        .selectFrom("contacts")
        .select("id")
        .where("id", "=", mergedRow?.id ?? -1)
        .execute();
      expect(gone).toEqual([]);
      expect(await visit(`/oproepen/${call.slug}`)).toContain("05 777 77 77");
      const actions = await db.kysely
        .selectFrom("auditLog")
        .select(["action", "detail"])
        .where("entityType", "=", "contact")
        .where("entityId", "=", keptRow?.id ?? -1)
        .execute();
      expect(actions).toContainEqual({ action: "merge", detail: `${mergedRow?.slug} → ${keptRow?.slug}` });
    });

    it("an event picks its calls by code or title: the search lists them, a ticked one is saved in the event's calls", async () => {
      const call = await buildCall(ctx.writer, { title: "Oproep voor het evenement", code: "ESF-PICK-77" });
      await buildCall(ctx.writer, { title: "Een andere oproep", code: "ESF-ANDERS-1" });
      const fill = { title: "Infosessie met oproep", slug: "infosessie-met-oproep", startsAt: "2027-02-10T10:00" };
      const searched = await submit(an.client, "/beheer/evenementen/nieuw", { ...fill, callSearch: "pick-77" }, "find");
      expect(searched.status).toBe(200);
      const html = await searched.text();
      expect(visibleText(html)).toContain("1 oproep gevonden");
      expect(visibleText(html)).toContain("ESF-PICK-77: Oproep voor het evenement");
      expect(visibleText(html)).not.toContain("ESF-ANDERS-1");
      expect(formFields(html).title).toBe(fill.title);
      const saved = await sendForm(an.client, "/beheer/evenementen/nieuw", {
        ...formFields(html),
        "calls[]": [call.slug],
        action: "publish",
      });
      expect(saved.status, visibleText(an.client.lastHtml)).toBe(303);
      const id = recordId(saved);
      const links = await db.kysely
        .selectFrom("eventCalls")
        .innerJoin("calls", "calls.id", "eventCalls.callId")
        .select("calls.slug")
        .where("eventId", "=", id)
        .execute();
      expect(links).toEqual([{ slug: call.slug }]);
      const form = visibleText(await (await an.client.get(`/beheer/evenementen/${id}`)).text());
      expect(form).toContain("ESF-PICK-77: Oproep voor het evenement");
      expect(await visit("/evenementen/infosessie-met-oproep")).toContain("Oproep voor het evenement");
    });
  });
}
