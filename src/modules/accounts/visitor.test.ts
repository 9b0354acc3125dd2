import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { visitorClient } from "../../../test/support/http-client.js";
import { createTestApp, visibleText } from "../../../test/support/test-app.js";
import { createSession, readSession, SESSION_IDLE_MS } from "../../platform/http/session.js";
import { changeRole, createUser } from "./user.repository.js";

for (const dialect of DIALECTS) {
  describe(`the visitor of every page (${dialect})`, () => {
    let db: TestDb;
    let clock = new Date("2026-11-23T10:00:00.000Z");
    let ctx: ReturnType<typeof createTestApp>;
    let userId: number;

    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db, { clock: () => clock });
      const created = await createUser(db.kysely, { email: "an@example.be", password: "lange zin met woorden 42" }, clock);
      if (!created.ok) throw created.error;
      userId = created.value.id;
    });
    afterAll(() => db?.destroy());

    async function signedIn() {
      const client = visitorClient(ctx.app);
      client.cookies.set("sid", await createSession(db.kysely, userId, clock));
      return client;
    }

    it("offers register and log in to a visitor who is not signed in, in both languages", async () => {
      const client = visitorClient(ctx.app);
      const nl = visibleText(await (await client.get("/")).text());
      expect(nl).toContain("Registreren");
      expect(nl).toContain("Inloggen");
      expect(nl).not.toContain("Uitloggen");
      const en = visibleText(await (await client.get("/en")).text());
      expect(en).toContain("Register");
      expect(en).toContain("Log in");
    });

    it("sends a visitor who is not signed in from Mijn gids to log in, and back afterwards", async () => {
      const res = await visitorClient(ctx.app).get("/mijn-gids");
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe("/inloggen?next=%2Fmijn-gids");
      const en = await visitorClient(ctx.app).get("/en/my-guide");
      expect(en.headers.get("location")).toBe("/en/login?next=%2Fen%2Fmy-guide");
    });

    it("shows a signed-in member Mijn gids and log out on every page, never for a shared cache", async () => {
      const client = await signedIn();
      const home = await client.get("/");
      const text = visibleText(await home.text());
      expect(text).toContain("Mijn gids");
      expect(text).toContain("Uitloggen");
      expect(text).not.toContain("Registreren");
      expect(home.headers.get("cache-control")).toBe("private, no-store");
      expect(visibleText(await (await client.get("/mijn-gids")).text())).toContain("Ingelogd als an@example.be.");
      expect(visibleText(await (await client.get("/en/my-guide")).text())).toContain("Logged in as an@example.be.");
    });

    it("never shows one visitor's search page to another through the page cache", async () => {
      const member = await signedIn();
      const memberPage = visibleText(await (await member.get("/zoeken?q=onderwijs")).text());
      expect(memberPage).toContain("Uitloggen");
      const anonymous = await visitorClient(ctx.app).get("/zoeken?q=onderwijs");
      const anonymousPage = visibleText(await anonymous.text());
      expect(anonymousPage).toContain("Inloggen");
      expect(anonymousPage).not.toContain("Uitloggen");
      // And the other way round: the page kept for anonymous visitors is not served to the member.
      expect(visibleText(await (await member.get("/zoeken?q=onderwijs")).text())).toContain("Uitloggen");
    });

    it("ends the sessions of a user whose role changes; the next one carries the new role", async () => {
      const email = "rol@example.be";
      const created = await createUser(db.kysely, { email, password: "lange zin met woorden 42" }, clock);
      if (!created.ok) throw created.error;
      const before = visitorClient(ctx.app);
      before.cookies.set("sid", await createSession(db.kysely, created.value.id, clock));
      expect(visibleText(await (await before.get("/")).text())).toContain("Uitloggen");
      expect(await changeRole(db.kysely, "Rol@Example.be", "editor")).toBe(true);
      expect(visibleText(await (await before.get("/")).text())).toContain("Inloggen");
      const after = await readSession(db.kysely, await createSession(db.kysely, created.value.id, clock), clock);
      expect(after?.user.role).toBe("editor");
      expect(await changeRole(db.kysely, "niemand@example.be", "admin")).toBe(false);
    });

    it("stores only a hash of the session id", async () => {
      const client = await signedIn();
      const token = client.cookies.get("sid") as string;
      const rows = await db.kysely.selectFrom("sessions").select("idHash").execute();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.some((r) => r.idHash.includes(token))).toBe(false);
    });

    it("refuses to log out without the form's token, or from another site, and changes nothing", async () => {
      const client = await signedIn();
      await client.get("/");
      const forged = await client.send("/uitloggen", {
        method: "POST",
        body: new URLSearchParams({ _csrf: "wrong" }),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      });
      expect(forged.status).toBe(403);
      expect(visibleText(await forged.text())).toContain("Dit formulier is verlopen of kwam niet van deze site.");
      const token = /name="_csrf" value="([^"]+)"/.exec(client.lastHtml)?.[1] as string;
      const crossSite = await client.send("/uitloggen", {
        method: "POST",
        body: new URLSearchParams({ _csrf: token }),
        headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
      });
      expect(crossSite.status).toBe(403);
      expect(visibleText(await (await client.get("/")).text())).toContain("Uitloggen");
    });

    it("logs out with the token, says so once, and ends the session in the database", async () => {
      const client = await signedIn();
      const token = client.cookies.get("sid") as string;
      await client.get("/");
      const res = await client.post("/uitloggen");
      expect(res.status).toBe(303);
      const after = visibleText(await (await client.get("/")).text());
      expect(after).toContain("Je bent uitgelogd.");
      expect(after).toContain("Inloggen");
      expect(visibleText(await (await client.get("/")).text())).not.toContain("Je bent uitgelogd.");
      const replay = visitorClient(ctx.app);
      replay.cookies.set("sid", token);
      expect(visibleText(await (await replay.get("/")).text())).toContain("Inloggen");
    });

    it("ends a session after a day without visits, and a month after it began", async () => {
      const idle = await signedIn();
      clock = new Date(clock.getTime() + SESSION_IDLE_MS + 1000);
      expect(visibleText(await (await idle.get("/")).text())).toContain("Inloggen");
      expect(idle.cookies.has("sid")).toBe(false);

      const busy = await signedIn();
      for (let visit = 0; visit < 40; visit++) {
        clock = new Date(clock.getTime() + 20 * 60 * 60 * 1000);
        await busy.get("/");
      }
      expect(visibleText(await (await busy.get("/")).text())).toContain("Inloggen");
    });
  });
}

describe("session cookies on an https site", () => {
  it("are read only with the __Host- prefix, and set Secure, HttpOnly and SameSite=Lax", async () => {
    const db = await createTestDb("sqlite");
    try {
      const ctx = createTestApp(db, { env: { BASE_URL: "https://gids.example" } });
      const created = await createUser(db.kysely, { email: "https@example.be", password: "lange zin met woorden 42" }, ctx.now);
      if (!created.ok) throw created.error;
      const token = await createSession(db.kysely, created.value.id, ctx.now);
      const plain = visitorClient(ctx.app, "https://gids.example");
      plain.cookies.set("sid", token);
      expect(visibleText(await (await plain.get("/")).text())).toContain("Inloggen");
      const prefixed = visitorClient(ctx.app, "https://gids.example");
      prefixed.cookies.set("__Host-sid", token);
      expect(visibleText(await (await prefixed.get("/")).text())).toContain("Uitloggen");

      // Logging in sets them that way: the form's secret first, then the session.
      const visitor = visitorClient(ctx.app, "https://gids.example");
      const form = await visitor.get("/inloggen");
      const attributes = ["Path=/", "HttpOnly", "Secure", "SameSite=Lax"];
      const csrf = form.headers.getSetCookie().find((line) => line.startsWith("__Host-csrf="));
      for (const attribute of attributes) expect(csrf).toContain(attribute);
      expect(form.headers.get("cache-control")).toBe("private, no-store");
      const login = await visitor.post("/inloggen", { email: "https@example.be", password: "lange zin met woorden 42" });
      expect(login.status).toBe(303);
      const sid = login.headers.getSetCookie().find((line) => line.startsWith("__Host-sid="));
      for (const attribute of [...attributes, "Max-Age="]) expect(sid).toContain(attribute);
    } finally {
      await db.destroy();
    }
  });
});
