import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { signedInEditor } from "../../../test/support/editors.js";
import { visitorClient } from "../../../test/support/http-client.js";
import { MEMBER_PASSWORD, signedInMember } from "../../../test/support/members.js";
import { createTestApp, expectNoLeftovers, visibleText } from "../../../test/support/test-app.js";
import { SESSION_COOKIE } from "../../platform/http/session.js";

for (const dialect of DIALECTS) {
  describe(`users in the back office (${dialect})`, () => {
    let db: TestDb;
    let ctx: ReturnType<typeof createTestApp>;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db);
    });
    afterAll(() => db?.destroy());

    const logIn = async (email: string) => {
      const client = visitorClient(ctx.app);
      await client.get("/inloggen");
      return { client, res: await client.post("/inloggen", { email, password: MEMBER_PASSWORD }) };
    };

    it("deactivating an account ends its sessions at once and blocks its login, keeping its data; reactivating lets it in again", async () => {
      const admin = await signedInEditor(ctx.app, db.kysely, {
        email: `admin-${dialect}@example.be`,
        name: "Admin",
        role: "admin",
        now: ctx.now,
      });
      const member = await signedInMember(db.kysely, `lid-${dialect}@example.be`, ctx.now);
      const memberClient = visitorClient(ctx.app);
      memberClient.cookies.set(SESSION_COOKIE, member.token);
      expect((await memberClient.get("/account")).status).toBe(200);

      const list = await admin.client.get(`/beheer/gebruikers?q=lid-${dialect}`);
      expect(list.status).toBe(200);
      const html = await list.text();
      expectNoLeftovers(html);
      expect(visibleText(html)).toContain(
        `1 gebruiker Gebruikers E-mailadres Naam Status Aangemaakt Rol lid-${dialect}@example.be — Actief`,
      );

      const deactivated = await admin.client.post(`/beheer/gebruikers/${member.id}/deactiveren`);
      expect(deactivated.status).toBe(303);
      expect(visibleText(await (await admin.client.get("/beheer/gebruikers")).text())).toContain(
        "Het account is gedeactiveerd; zijn sessies zijn beëindigd.",
      );

      const after = await memberClient.get("/account");
      expect(after.status).toBe(303);
      expect(after.headers.get("location")).toMatch(/^\/inloggen/);
      const refused = await logIn(member.email);
      expect(refused.res.status).toBe(403);
      expect(visibleText(await refused.res.text())).toContain("Dit account is gedeactiveerd.");
      expect(await db.kysely.selectFrom("users").select("email").where("id", "=", member.id).executeTakeFirst()).toEqual({
        email: member.email,
      });

      await admin.client.get("/beheer/gebruikers");
      expect((await admin.client.post(`/beheer/gebruikers/${member.id}/heractiveren`)).status).toBe(303);
      expect((await logIn(member.email)).res.status).toBe(303);
      const audit = await db.kysely.selectFrom("auditLog").select(["action", "entityType", "entityId"]).orderBy("id").execute();
      expect(audit).toEqual([
        { action: "deactivate", entityType: "user", entityId: member.id },
        { action: "reactivate", entityType: "user", entityId: member.id },
      ]);
    });

    it("changes a role in English, ending the user's sessions, and refuses the admin's own account", async () => {
      const admin = await signedInEditor(ctx.app, db.kysely, {
        email: `boss-${dialect}@example.be`,
        name: "Boss",
        role: "admin",
        now: ctx.now,
      });
      const member = await signedInMember(db.kysely, `new-editor-${dialect}@example.be`, ctx.now);
      await admin.client.get("/en/admin/users");
      expect((await admin.client.post(`/en/admin/users/${member.id}/role`, { role: "editor" })).status).toBe(303);
      const roles = await db.kysely.selectFrom("users").select("roles").where("id", "=", member.id).executeTakeFirstOrThrow();
      expect(JSON.parse(roles.roles)).toEqual(["member", "editor"]);
      expect(await db.kysely.selectFrom("sessions").select("userId").where("userId", "=", member.id).execute()).toEqual([]);

      await admin.client.get("/en/admin/users");
      const own = await admin.client.post(`/en/admin/users/${admin.id}/deactivate`);
      expect(own.status).toBe(400);
      expect(visibleText(await own.text())).toContain("You cannot change your own account here.");
    });

    it("is for admins only: an editor is refused", async () => {
      const editor = await signedInEditor(ctx.app, db.kysely, { email: `ed-${dialect}@example.be`, name: "Ed", now: ctx.now });
      expect((await editor.client.get("/beheer/gebruikers")).status).toBe(403);
    });
  });
}
