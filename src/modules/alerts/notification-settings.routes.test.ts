import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { buildTheme } from "../../../test/support/factories.js";
import { visitorClient } from "../../../test/support/http-client.js";
import { memberPageText, signedInMember } from "../../../test/support/members.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { follow } from "../following/follows.repository.js";
import { memberRecipients } from "./member-recipients.js";
import { settingsOf } from "./notification-settings.repository.js";

for (const dialect of DIALECTS) {
  describe(`notification settings (${dialect})`, () => {
    let db: TestDb;
    let ctx: ReturnType<typeof createTestApp>;
    let serial = 0;

    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db);
    });
    afterAll(() => db.destroy());

    async function member() {
      const lid = await signedInMember(db.kysely, `instellingen${++serial}@example.be`, ctx.now);
      const client = visitorClient(ctx.app);
      client.cookies.set("sid", lid.token);
      return { ...lid, client };
    }

    /** Posts the settings form as the browser would, with the page's CSRF token and every ticked box. */
    function submit(client: ReturnType<typeof visitorClient>, path: string, fields: [string, string][]) {
      const csrf = /name="_csrf" value="([^"]+)"/.exec(client.lastHtml)?.[1] ?? "";
      return client.send(path, {
        method: "POST",
        body: new URLSearchParams([["_csrf", csrf], ...fields]),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
    }

    it("shows the defaults in Dutch and English, linked from Mijn gids and the account page", async () => {
      const { client } = await member();
      expect(await memberPageText(client, "/mijn-gids")).toContain("Meldingen instellen");
      expect(await memberPageText(client, "/account")).toContain("Meldingen instellen");
      const nl = await memberPageText(client, "/samenvatting");
      expect(nl).toContain("Samenvatting per e-mail");
      expect(client.lastHtml).toMatch(/value="daily" checked/);
      expect(client.lastHtml).toContain('value="30, 7, 1"');
      const en = await memberPageText(client, "/en/digest");
      expect(en).toContain("Every week, on Monday");
      const res = await client.get("/samenvatting");
      expect(res.headers.get("cache-control")).toMatch(/private|no-store/);
    });

    it("saves a weekly digest, other reminder days and no mails for one follow", async () => {
      const { client, id } = await member();
      const kept = await buildTheme(ctx.writer, { nameNl: "Gehouden", nameEn: "Kept" });
      const quiet = await buildTheme(ctx.writer, { nameNl: "Stil", nameEn: "Quiet" });
      await follow(db.kysely, id, "theme", kept.id, ctx.now);
      await follow(db.kysely, id, "theme", quiet.id, ctx.now);
      await client.get("/samenvatting");
      const res = await submit(client, "/samenvatting", [
        ["frequency", "weekly"],
        ["reminderDays", "14, 3"],
        ["mail", `theme:${kept.id}`],
      ]);
      expect(res.status).toBe(303);
      expect(await memberPageText(client, "/samenvatting")).toContain("Uw meldingen zijn bewaard.");
      expect(await settingsOf(db.kysely, id)).toEqual({ frequency: "weekly", reminderDays: [14, 3] });
      const [row] = await memberRecipients.page(db.kysely, id - 1, 1);
      expect(row?.recipient.follows.theme).toEqual([kept.id]);
      expect(client.lastHtml).toMatch(new RegExp(`value="theme:${kept.id}" checked`));
      expect(client.lastHtml).not.toMatch(new RegExp(`value="theme:${quiet.id}" checked`));
    });

    it("refuses reminder days that are not whole days from 1 to 90 and an unknown frequency, with a clear message, changing nothing", async () => {
      const { client, id } = await member();
      await client.get("/en/digest");
      const bad = await submit(client, "/en/digest", [
        ["frequency", "hourly"],
        ["reminderDays", "7, 365"],
      ]);
      expect(bad.status).toBe(400);
      const text = await bad.text();
      expect(text).toContain("Give whole days between 1 and 90, separated by commas.");
      expect(text).toContain("Choose how often you want a digest.");
      expect(await db.kysely.selectFrom("notificationSettings").selectAll().where("userId", "=", id).execute()).toEqual([]);
    });

    it("sends a visitor who is not signed in to log in", async () => {
      const res = await visitorClient(ctx.app).get("/samenvatting");
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toMatch(/^\/inloggen/);
    });
  });
}
