import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { signedInEditor } from "../../../test/support/editors.js";
import { buildTheme } from "../../../test/support/factories.js";
import { signedInMember } from "../../../test/support/members.js";
import { createTestApp, expectNoLeftovers, visibleText } from "../../../test/support/test-app.js";
import { callStore } from "../calls/call.store.js";
import { IMPORT_MAX_BYTES } from "./imports/stored-upload.js";

const HEADER = "title,slug,themes,deadlines,language";
const csv = (...rows: string[]) => `${[HEADER, ...rows].join("\n")}\n`;
const ORIGINAL = csv(
  "Jeugdwerk in de buurt,jeugdwerk-buurt,jeugd,2027-03-01 17:00,nl",
  "Sport voor iedereen,sport-iedereen,,2027-04-01,nl",
);

for (const dialect of DIALECTS) {
  describe(`importing with a preview in the back office (${dialect})`, () => {
    let db: TestDb;
    let ctx: ReturnType<typeof createTestApp>;
    let editor: Awaited<ReturnType<typeof signedInEditor>>;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db, { env: { DATA_DIR: mkdtempSync(join(tmpdir(), "imports-")) } });
      editor = await signedInEditor(ctx.app, db.kysely, { email: `an-${dialect}@example.be`, name: "An Peeters", now: ctx.now });
      const theme = await buildTheme(ctx.writer, { slug: "jeugd", nameNl: "Jeugd", nameEn: "Youth" });
      const follower = await signedInMember(db.kysely, `volger-${dialect}@example.be`, ctx.now);
      await db.kysely
        .insertInto("follows")
        .values({ userId: follower.id, subjectType: "theme", subjectId: theme.id, createdAt: ctx.now.toISOString() })
        .execute();
    });
    afterAll(() => db?.destroy());

    /** Uploads a file as the form does (multipart, with the page's CSRF token). */
    async function upload(name: string, text: string, format = "csv", path = "/beheer/importeren") {
      const form = await editor.client.get(path);
      expect(form.status).toBe(200);
      const token = /name="_csrf" value="([^"]+)"/.exec(editor.client.lastHtml)?.[1] ?? "";
      const body = new FormData();
      body.set("_csrf", token);
      body.set("format", format);
      body.set("file", new File([text], name, { type: "text/csv" }));
      const res = await editor.client.send(path, { method: "POST", body });
      const html = await res.clone().text();
      expectNoLeftovers(html);
      return { res, text: visibleText(html), html };
    }
    /** Posts the preview's commit form, with its hidden fields. */
    async function commit(previewHtml: string, path = "/beheer/importeren/doorvoeren") {
      const hidden = Object.fromEntries(
        [...previewHtml.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1], m[2]]),
      );
      const res = await editor.client.send(path, {
        method: "POST",
        body: new URLSearchParams(hidden as Record<string, string>),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      return { res, text: visibleText(await res.text()) };
    }
    const calls = async () =>
      (await db.kysely.selectFrom("calls").select(["slug", "title"]).orderBy("slug").execute()).map(
        (c) => `${c.slug}: ${c.title}`,
      );

    it("previews a file without writing, commits exactly that, and a second upload of it is unchanged and notifies no one", async () => {
      const preview = await upload("oproepen.csv", ORIGINAL);
      expect(preview.res.status).toBe(200);
      expect(preview.text).toContain("Voorvertoning van oproepen.csv");
      expect(preview.text).toContain("2 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 overgeslagen, 0 geweigerd.");
      expect(preview.text).toContain("1 volger krijgt bericht als u dit importeert.");
      expect(preview.text).toContain("call jeugdwerk-buurt (oproepen.csv:row 2)");
      expect(await calls()).toEqual([]);

      const committed = await commit(preview.html);
      expect(committed.res.status).toBe(200);
      expect(committed.text).toContain("oproepen.csv is geïmporteerd");
      expect(await calls()).toEqual(["jeugdwerk-buurt: Jeugdwerk in de buurt", "sport-iedereen: Sport voor iedereen"]);
      const audit = await db.kysely.selectFrom("auditLog").select(["actor", "action", "detail"]).execute();
      expect(audit).toEqual([{ actor: "An Peeters", action: "import", detail: "csv oproepen.csv: 2 created, 0 updated" }]);

      const again = await upload("oproepen.csv", ORIGINAL);
      expect(again.text).toContain("0 nieuw, 0 gewijzigd, 2 ongewijzigd, 0 overgeslagen, 0 geweigerd.");
      expect(again.text).toContain("0 volgers krijgen bericht als u dit importeert.");
      expect(again.text).toContain("Dit bestand verandert niets aan de catalogus.");
      expect(again.text).not.toContain("Importeren bevestigen");
    });

    it("shows an update field by field, and refuses the commit when the catalogue changed after the preview", async () => {
      const changed = csv(
        "Jeugdwerk in elke buurt,jeugdwerk-buurt,jeugd,2027-03-01 17:00,nl",
        "Sport voor iedereen,sport-iedereen,,2027-04-01,nl",
      );
      const preview = await upload("oproepen.csv", changed, "csv", "/en/admin/import");
      expect(preview.text).toContain("0 new, 1 changed, 1 unchanged");
      expect(preview.text).toContain("title Jeugdwerk in de buurt Jeugdwerk in elke buurt");
      expect(preview.text).toContain("1 follower will be told if you import this.");

      // Another editor saves the call in between.
      const id = (
        await db.kysely.selectFrom("calls").select("id").where("slug", "=", "jeugdwerk-buurt").executeTakeFirstOrThrow()
      ).id;
      const loaded = await db.kysely.transaction().execute((trx) => callStore.load(trx, id));
      await ctx.writer.save(callStore, {
        id,
        input: { ...(loaded?.input as NonNullable<typeof loaded>["input"]), introduction: "Nieuw" },
        actor: "Els",
      });

      const refused = await commit(preview.html, "/en/admin/import/commit");
      expect(refused.res.status).toBe(409);
      expect(refused.text).toContain("The catalogue changed since the preview: nothing was imported.");
      expect(await calls()).toContain("jeugdwerk-buurt: Jeugdwerk in de buurt");
    });

    it("refuses a file it cannot read with the reason, and names each broken record of a file refused as a whole", async () => {
      const before = await calls();
      const broken = await upload("feed.json", "{ not json", "eu-ft");
      expect(broken.res.status).toBe(422);
      expect(broken.text).toContain("Het bestand kon niet worden ingelezen: feed.json: not valid JSON");

      const badRow = await upload(
        "fout.csv",
        csv("Goede oproep,goede-oproep,,2027-05-01,nl", "Slechte oproep,slechte-oproep,,31 februari,nl"),
      );
      expect(badRow.text).toContain("1 geweigerd");
      expect(badRow.text).toContain("fout.csv:row 3");
      expect(badRow.text).toContain("Het bestand wordt als geheel geweigerd");
      expect(badRow.text).not.toContain("Importeren bevestigen");

      const unknown = await upload("x.csv", ORIGINAL, "geen-formaat");
      expect(unknown.res.status).toBe(400);
      expect(unknown.text).toContain("Kies een van de formaten in de lijst.");
      expect(await calls()).toEqual(before);
    });

    it("refuses a body beyond the limit before reading it: a form without its token gets 413, not the CSRF refusal", async () => {
      const dataDir = ctx.deps.config.DATA_DIR;
      const stored = () => (existsSync(join(dataDir, "imports")) ? readdirSync(join(dataDir, "imports")).length : 0);
      const files = stored();
      const huge = await editor.client.send("/beheer/importeren", {
        method: "POST",
        body: "x".repeat(IMPORT_MAX_BYTES + 3 * 1024 * 1024),
        headers: { "content-type": "multipart/form-data; boundary=grens" },
      });
      expect(huge.status).toBe(413);
      expect(visibleText(await huge.text())).toContain("een importbestand hoogstens 25 MB");
      expect(stored()).toBe(files);
      const form = await editor.client.send("/en/admin/calls/new", {
        method: "POST",
        body: new URLSearchParams({ title: "x".repeat(3 * 1024 * 1024) }),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      expect(form.status).toBe(413);
      expect(visibleText(await form.text())).toContain("a form at most 2 MB");
      expect(await db.kysely.selectFrom("calls").select("id").where("title", "like", "xxx%").execute()).toEqual([]);
    });
  });
}
