import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { buildTheme } from "../../../test/support/factories.js";
import { visitorClient } from "../../../test/support/http-client.js";
import { linkIn, startSmtpInbox } from "../../../test/support/smtp-inbox.js";
import { createTestApp, visibleText } from "../../../test/support/test-app.js";
import { follow } from "../following/follows.repository.js";
import { createUser, findUserByEmail } from "./user.repository.js";

const PASSWORD = "lange zin met woorden 42";
const address = (name: string) => `${name}-${randomBytes(3).toString("hex")}@example.be`;
const text = async (res: Response) => visibleText(await res.text());

for (const dialect of DIALECTS) {
  describe(`account flows with a real mail server (${dialect})`, () => {
    let db: TestDb;
    let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
    let clock = new Date("2026-11-23T10:00:00.000Z");
    let ctx: ReturnType<typeof createTestApp>;

    beforeAll(async () => {
      inbox = await startSmtpInbox();
      db = await createTestDb(dialect);
      ctx = createTestApp(db, { clock: () => clock, env: { SMTP_URL: inbox.url } });
    });
    afterAll(async () => {
      await db?.destroy();
      await inbox?.close();
    });

    async function member(email = address("lid"), password = PASSWORD) {
      const created = await createUser(db.kysely, { email, password }, clock);
      if (!created.ok) throw created.error;
      return { email, password };
    }

    async function loggedIn(email: string, password = PASSWORD) {
      const client = visitorClient(ctx.app);
      await client.get("/inloggen");
      const res = await client.post("/inloggen", { email, password });
      expect(res.status).toBe(303);
      return client;
    }

    it("registers, mails a link whose page changes nothing until its button is pressed, then signs in", async () => {
      const email = address("nieuw");
      const client = visitorClient(ctx.app);
      await client.get("/registreren");
      const res = await client.post("/registreren", { email, password: PASSWORD, name: "An Peeters" });
      expect(res.status).toBe(200);
      expect(await text(res)).toContain(`We stuurden een e-mail naar ${email}.`);

      const mail = await inbox.latest(email);
      expect(mail.subject).toBe("Bevestig je e-mailadres voor Subsidiegids");
      expect(mail.text).toContain("E-mailadres bevestigen");
      expect(mail.html).toContain("E-mailadres bevestigen");
      const link = linkIn(mail);
      expect(link).toMatch(/^\/bevestigen\?token=/);

      // A mail scanner opens the link: nothing is confirmed, no one is signed in.
      const scanned = await visitorClient(ctx.app).get(link);
      expect(await text(scanned)).toContain("Klik op de knop om dit e-mailadres te bevestigen.");
      expect((await findUserByEmail(db.kysely, email))?.verifiedAt).toBeNull();
      const early = visitorClient(ctx.app);
      await early.get("/inloggen");
      const refused = await early.post("/inloggen", { email, password: PASSWORD });
      expect(refused.status).toBe(403);
      expect(await text(refused)).toContain("Bevestig eerst je e-mailadres.");

      // Trying to log in sent a fresh link; only the latest one counts.
      const fresh = linkIn(await inbox.latest(email, 2));
      expect((await visitorClient(ctx.app).get(link)).status).toBe(400);
      await client.get(fresh);
      const confirmed = await client.post("/bevestigen");
      expect(confirmed.status).toBe(303);
      expect(confirmed.headers.get("location")).toBe("/mijn-gids");
      const guide = await text(await client.get("/mijn-gids"));
      expect(guide).toContain("Je e-mailadres is bevestigd.");
      expect(guide).toContain(`Ingelogd als ${email}.`);
      expect((await findUserByEmail(db.kysely, email))?.verifiedAt).not.toBeNull();

      // The link works once.
      expect((await visitorClient(ctx.app).get(fresh)).status).toBe(400);
    });

    it("answers a registration for a known address exactly as for a new one, and tells the owner by mail", async () => {
      const { email } = await member();
      const client = visitorClient(ctx.app);
      await client.get("/registreren");
      const res = await client.post("/registreren", { email, password: "een heel ander wachtwoord 7" });
      expect(res.status).toBe(200);
      expect(await text(res)).toContain(`We stuurden een e-mail naar ${email}.`);
      const mail = await inbox.latest(email);
      expect(mail.subject).toBe("Je hebt al een account bij Subsidiegids");
      expect(linkIn(mail)).toMatch(/^\/wachtwoord-herstellen\?token=/);
      const users = await db.kysely.selectFrom("users").select("id").where("email", "=", email).execute();
      expect(users).toHaveLength(1);
    });

    it("refuses a weak, short or missing password and a bad address, saying why, and creates nothing", async () => {
      const email = address("zwak");
      const client = visitorClient(ctx.app);
      await client.get("/registreren");
      const weak = await client.post("/registreren", { email, password: "wachtwoord123" });
      expect(weak.status).toBe(400);
      expect(await text(weak)).toContain("Dit wachtwoord is te makkelijk te raden.");
      const short = await client.post("/registreren", { email, password: "kort" });
      expect(await text(short)).toContain("Kies een wachtwoord van minstens 10 tekens (nu 4).");
      const bad = await client.post("/registreren", { email: "geen adres", password: PASSWORD });
      expect(await text(bad)).toContain("Vul een geldig e-mailadres in");
      expect(client.lastHtml).toContain('aria-invalid="true"');
      expect(await findUserByEmail(db.kysely, email)).toBeUndefined();

      await client.get("/en/register");
      const english = await client.post("/en/register", { email, password: "password123" });
      expect(await text(english)).toContain("This password is too easy to guess.");
    });

    it("logs in and returns to the page asked for, only on this site; a wrong password and an unknown address read the same", async () => {
      const { email } = await member();
      const client = visitorClient(ctx.app);
      await client.get("/inloggen?next=%2Foproepen%3Fq%3Dkmo");
      expect(client.lastHtml).toContain('value="/oproepen?q=kmo"');
      const wrong = await client.post("/inloggen", { email, password: "niet het wachtwoord 99", next: "/oproepen?q=kmo" });
      const unknown = await client.post("/inloggen", { email: address("onbekend"), password: PASSWORD, next: "/" });
      expect(wrong.status).toBe(unknown.status);
      const message = "Dit e-mailadres en wachtwoord horen niet bij elkaar.";
      expect(await text(wrong)).toContain(message);
      expect(await text(unknown)).toContain(message);

      const ok = await client.post("/inloggen", { email: email.toUpperCase(), password: PASSWORD, next: "/oproepen?q=kmo" });
      expect(ok.status).toBe(303);
      expect(ok.headers.get("location")).toBe("/oproepen?q=kmo");

      const elsewhere = visitorClient(ctx.app);
      await elsewhere.get("/inloggen");
      const evil = await elsewhere.post("/inloggen", { email, password: PASSWORD, next: "//evil.example/" });
      expect(evil.headers.get("location")).toBe("/mijn-gids");
    });

    it("gives a new session id at login, so an id planted before is worth nothing", async () => {
      const { email } = await member();
      const client = visitorClient(ctx.app);
      client.cookies.set("sid", "planted-by-someone-else");
      await client.get("/inloggen");
      await client.post("/inloggen", { email, password: PASSWORD });
      expect(client.cookies.get("sid")).not.toBe("planted-by-someone-else");
      expect(await text(await client.get("/mijn-gids"))).toContain(`Ingelogd als ${email}.`);
    });

    it("logs in with a link by e-mail once, within 15 minutes, and answers the same for an unknown address", async () => {
      const { email } = await member();
      const client = visitorClient(ctx.app);
      await client.get("/inloglink");
      const unknown = await client.post("/inloglink", { email: "niemand@example.be" });
      await client.get("/inloglink");
      const known = await client.post("/inloglink", { email });
      expect((await text(unknown)).replace("niemand@example.be", "X")).toBe((await text(known)).replace(email, "X"));
      expect(inbox.for("niemand@example.be")).toHaveLength(0);

      const link = linkIn(await inbox.latest(email));
      expect(link).toMatch(/^\/inloglink\?token=/);
      await client.get(link);
      expect(client.lastHtml).not.toContain("Uitloggen");
      const used = await client.post("/inloglink");
      expect(used.headers.get("location")).toBe("/mijn-gids");
      expect(await text(await client.get("/mijn-gids"))).toContain(`Ingelogd als ${email}.`);
      expect((await visitorClient(ctx.app).get(link)).status).toBe(400);

      // A second link left unused for 16 minutes no longer works.
      const later = visitorClient(ctx.app);
      await later.get("/inloglink");
      await later.post("/inloglink", { email });
      const stale = linkIn(await inbox.latest(email, 2));
      clock = new Date(clock.getTime() + 16 * 60 * 1000);
      expect(await text(await later.get(stale))).toContain("Deze link werkt niet (meer)");
    });

    it("resets a forgotten password: a weak one is refused without using the link, then every other session ends", async () => {
      const { email } = await member();
      const otherDevice = await loggedIn(email);
      const client = visitorClient(ctx.app);
      await client.get("/wachtwoord-vergeten");
      const res = await client.post("/wachtwoord-vergeten", { email });
      expect(await text(res)).toContain(`Als er een account is met het adres ${email}`);
      const link = linkIn(await inbox.latest(email));
      await client.get(link);
      const weak = await client.post("/wachtwoord-herstellen", { password: "azertyuiop12" });
      expect(weak.status).toBe(400);
      expect(await text(weak)).toContain("Dit wachtwoord is te makkelijk te raden.");
      const done = await client.post("/wachtwoord-herstellen", { password: "nieuwe zin voor het wachtwoord 8" });
      expect(done.status).toBe(303);
      expect(await text(await client.get("/mijn-gids"))).toContain("Je wachtwoord is gewijzigd.");
      expect(await text(await otherDevice.get("/"))).toContain("Inloggen");

      const old = visitorClient(ctx.app);
      await old.get("/inloggen");
      expect((await old.post("/inloggen", { email, password: PASSWORD })).status).toBe(400);
      expect((await old.post("/inloggen", { email, password: "nieuwe zin voor het wachtwoord 8" })).status).toBe(303);
      expect((await visitorClient(ctx.app).get(link)).status).toBe(400);
    });

    it("changes the e-mail address only once the new one is confirmed", async () => {
      const { email } = await member();
      const client = await loggedIn(email);
      await client.get("/account");
      const wrong = await client.post("/account/e-mail", { email: address("nieuw"), password: "niet mijn wachtwoord 1" });
      expect(await text(wrong)).toContain("Dit is niet je huidige wachtwoord.");
      const next = address("nieuw");
      const asked = await client.post("/account/e-mail", { email: next, password: PASSWORD });
      expect(asked.status).toBe(303);
      expect(await text(await client.get("/account"))).toContain("We stuurden een bevestigingslink naar het nieuwe adres.");
      expect((await findUserByEmail(db.kysely, email))?.email).toBe(email);

      const mail = await inbox.latest(next);
      expect(mail.subject).toBe("Bevestig je nieuwe e-mailadres voor Subsidiegids");
      await client.get(linkIn(mail));
      await client.post("/bevestigen");
      expect(await text(await client.get("/account"))).toContain("Je e-mailadres is gewijzigd.");
      expect(await findUserByEmail(db.kysely, email)).toBeUndefined();
      expect(await findUserByEmail(db.kysely, next)).toBeDefined();
    });

    it("changes the password with the current one, ending the other sessions", async () => {
      const { email } = await member();
      const otherDevice = await loggedIn(email);
      const client = await loggedIn(email);
      await client.get("/account");
      const wrong = await client.post("/account/wachtwoord", {
        currentPassword: "fout wachtwoord 123",
        password: "nog een lange zin 55",
      });
      expect(wrong.status).toBe(400);
      const ok = await client.post("/account/wachtwoord", { currentPassword: PASSWORD, password: "nog een lange zin 55" });
      expect(ok.status).toBe(303);
      expect(await text(await client.get("/account"))).toContain("Je wachtwoord is gewijzigd.");
      expect(await text(await otherDevice.get("/"))).toContain("Inloggen");
    });

    it("logs out everywhere", async () => {
      const { email } = await member();
      const phone = await loggedIn(email);
      const laptop = await loggedIn(email);
      await laptop.get("/account");
      await laptop.post("/account/sessies");
      expect(await text(await laptop.get("/"))).toContain("Je bent op alle toestellen uitgelogd.");
      expect(await text(await phone.get("/"))).toContain("Inloggen");
    });

    it("exports the member's data as JSON, with what they follow and without secrets", async () => {
      const { email } = await member();
      const theme = await buildTheme(ctx.writer, { nameNl: "Energie" });
      await follow(db.kysely, (await findUserByEmail(db.kysely, email))?.id ?? 0, "theme", theme.id, clock);
      const client = await loggedIn(email);
      const res = await client.get("/account/mijn-gegevens.json");
      expect(res.headers.get("content-disposition")).toContain("attachment");
      const data = (await res.json()) as { account: { email: string }; sessions: unknown[]; following: unknown };
      expect(data.account.email).toBe(email);
      expect(JSON.stringify(data.following)).toContain(theme.slug);
      expect(data.sessions.length).toBeGreaterThan(0);
      expect(JSON.stringify(data)).not.toMatch(/scrypt|idHash|passwordHash/);
    });

    it("deletes the account and everything of it, after the password", async () => {
      const { email } = await member();
      const userId = (await findUserByEmail(db.kysely, email))?.id ?? 0;
      const theme = await buildTheme(ctx.writer);
      await follow(db.kysely, userId, "theme", theme.id, clock);
      const client = await loggedIn(email);
      await client.get("/account");
      const wrong = await client.post("/account/verwijderen", { password: "fout wachtwoord 123" });
      expect(wrong.status).toBe(400);
      expect(await findUserByEmail(db.kysely, email)).toBeDefined();
      const gone = await client.post("/account/verwijderen", { password: PASSWORD });
      expect(gone.status).toBe(303);
      expect(await text(await client.get("/"))).toContain("Je account en al je gegevens zijn verwijderd.");
      expect(await findUserByEmail(db.kysely, email)).toBeUndefined();
      for (const table of ["sessions", "accountTokens", "follows"] as const) {
        expect(await db.kysely.selectFrom(table).select("userId").where("userId", "=", userId).execute()).toEqual([]);
      }
      const again = visitorClient(ctx.app);
      await again.get("/inloggen");
      expect((await again.post("/inloggen", { email, password: PASSWORD })).status).toBe(400);
    });

    it("writes mails in the member's language", async () => {
      const email = address("english");
      const client = visitorClient(ctx.app);
      await client.get("/en/register");
      const res = await client.post("/en/register", { email, password: PASSWORD });
      expect(await text(res)).toContain(`We sent an e-mail to ${email}.`);
      const mail = await inbox.latest(email);
      expect(mail.subject).toBe("Confirm your e-mail address for Subsidiegids");
      expect(linkIn(mail)).toMatch(/^\/en\/confirm\?token=/);
    });

    it("limits login attempts per address, with a clear message, whether or not the address exists", async () => {
      const email = address("geraden");
      const client = visitorClient(ctx.app);
      await client.get("/inloggen");
      for (let i = 0; i < 10; i++)
        expect((await client.post("/inloggen", { email, password: `gok nummer ${i}` })).status).toBe(400);
      const refused = await client.post("/inloggen", { email, password: "nog een gok" });
      expect(refused.status).toBe(429);
      expect(await text(refused)).toMatch(/Te veel pogingen\. Probeer het over \d+ minuten opnieuw\./);
    });

    it("limits reset, login-link and registration mails per address, the same for unknown and known addresses", async () => {
      const { email } = await member();
      const unknown = address("onbekend");
      for (const [path, fields] of [
        ["/wachtwoord-vergeten", (to: string) => ({ email: to })],
        ["/inloglink", (to: string) => ({ email: to })],
        ["/registreren", (to: string) => ({ email: to, password: PASSWORD })],
      ] as const) {
        for (const to of [email, unknown]) {
          const client = visitorClient(ctx.app);
          const answers = [];
          for (let i = 0; i < 4; i++) {
            await client.get(path);
            answers.push((await client.post(path, fields(to))).status);
          }
          expect(answers, `${path} for ${to === email ? "a known" : "an unknown"} address`).toEqual([200, 200, 200, 429]);
          expect(client.lastHtml).toContain("Te veel pogingen.");
        }
      }
    });
  });
}
