import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { buildTheme } from "../../../test/support/factories.js";
import { visitorClient } from "../../../test/support/http-client.js";
import { linkIn, startSmtpInbox } from "../../../test/support/smtp-inbox.js";
import { createTestApp, expectNoLeftovers, visibleText } from "../../../test/support/test-app.js";
import { deliverDue } from "../../platform/mail/outbox-delivery.js";
import { recipientSources } from "../alerts/recipient-sources.js";
import { subscriptionRecipients } from "./subscription-recipients.js";

const address = (name: string) => `${name}-${randomBytes(3).toString("hex")}@example.be`;

for (const dialect of DIALECTS) {
  describe(`alerts without an account (${dialect})`, () => {
    let db: TestDb;
    let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
    let ctx: ReturnType<typeof createTestApp>;
    let theme: Awaited<ReturnType<typeof buildTheme>>;

    beforeAll(async () => {
      inbox = await startSmtpInbox();
      db = await createTestDb(dialect);
      ctx = createTestApp(db, { env: { SMTP_URL: inbox.url, PAGE_RATE_LIMIT: "1000000" } });
      theme = await buildTheme(ctx.writer, { nameNl: "Onderwijs", nameEn: "Education" });
    });
    afterAll(async () => {
      await db?.destroy();
      await inbox?.close();
    });

    /** The recipient the digest would see for an address, if any. */
    async function recipientFor(email: string) {
      const all = await subscriptionRecipients.page(db.kysely, 0, 1000);
      return all.find((r) => r.recipient.email === email)?.recipient;
    }

    /** What the workers do: send every mail the outbox holds, through the real SMTP server. */
    async function deliver() {
      while ((await deliverDue({ db: db.kysely, mailer: ctx.deps.mailer, now: () => ctx.now })).leased > 0) {}
    }

    /** Asks for the theme's alerts as a visitor does: the theme page's link, then the form; then the mail goes out. */
    async function subscribe(client: ReturnType<typeof visitorClient>, email: string, path = `/abonneren?theme=${theme.slug}`) {
      const form = await client.get(path);
      expect(form.status).toBe(200);
      const answer = await client.post(path.split("?")[0] as string, { email });
      await deliver();
      return answer;
    }

    const main = (html: string) => visibleText(html.slice(html.indexOf("<main"), html.indexOf("</main>")));

    it("offers the e-mail alert next to the follow button on a theme page, and on search results", async () => {
      const page = await (await ctx.app.request(`/themas/${theme.slug}`)).text();
      expect(page).toContain(`href="/abonneren?theme=${theme.slug}"`);
      expect(visibleText(page)).toContain("Mail mij bij nieuwe oproepen");
      const search = await (await ctx.app.request("/zoeken?q=kmo")).text();
      expect(search).toContain('href="/abonneren?search=q%3Dkmo"');
      const en = await (await ctx.app.request(`/en/themes/${theme.slug}`)).text();
      expect(en).toContain(`href="/en/subscribe?theme=${theme.slug}"`);
    });

    it("confirms only through the button on the page the mail's link opens, and sends nothing before", async () => {
      const email = address("opt-in");
      const client = visitorClient(ctx.app);
      const answer = await subscribe(client, email);
      expect(answer.status).toBe(200);
      expect(main(await answer.text())).toContain("Kijk in je mailbox");

      const stored = await db.kysely.selectFrom("outbox").select(["uniqueKey"]).where("recipient", "=", email).execute();
      expect(stored).toHaveLength(1);
      expect(stored[0]?.uniqueKey).toMatch(/^subscribe:/);
      const mail = await inbox.latest(email);
      expect(mail.subject).toBe("Bevestig je melding over “Onderwijs”");
      expect(mail.text).toContain("/abonneren/beheren?key=");
      const link = linkIn(mail);
      expect(link).toMatch(/^\/abonneren\/bevestigen\?token=/);
      expect(await recipientFor(email)).toBeUndefined();

      // A link scanner opens the link: the page shows a button and confirms nothing.
      const opened = await visitorClient(ctx.app).get(link);
      expect(opened.status).toBe(200);
      const html = await opened.text();
      expectNoLeftovers(html);
      expect(html).toContain("Ja, stuur me meldingen");
      // The language switch leads to the same page in English.
      expect(html).toContain(`href="${link.replace("/abonneren/bevestigen", "/en/subscribe/confirm")}"`);
      expect(opened.headers.get("cache-control")).toBe("private, no-store");
      expect(await recipientFor(email)).toBeUndefined();

      const confirmed = await client.get(link).then(() => client.post("/abonneren/bevestigen"));
      expect(confirmed.status).toBe(200);
      expect(main(await confirmed.text())).toContain("Je melding over “Onderwijs” is bevestigd.");
      const recipient = await recipientFor(email);
      expect(recipient?.follows.theme).toEqual([theme.id]);
      expect(recipient?.key).toMatch(/^subscription:\d+$/);
      expect(recipient?.settingsPath).toMatch(/^\/abonneren\/beheren\?key=/);
      expect(recipientSources).toContain(subscriptionRecipients);

      // The link is used up.
      const again = await client.get(link);
      expect(again.status).toBe(400);
      expect(visibleText(await again.text())).toContain("Deze link werkt niet (meer).");
    });

    it("answers the same whether the address is known, and mails a known one nothing", async () => {
      const known = address("bekend");
      const client = visitorClient(ctx.app);
      await subscribe(client, known);
      await client.get(linkIn(await inbox.latest(known)));
      await client.post("/abonneren/bevestigen");
      const mailsBefore = inbox.for(known).length;

      const knownAnswer = await subscribe(visitorClient(ctx.app), known);
      const unknown = address("onbekend");
      const unknownAnswer = await subscribe(visitorClient(ctx.app), unknown);
      expect(knownAnswer.status).toBe(unknownAnswer.status);
      expect(main(await knownAnswer.text()).replace(known, "X")).toBe(main(await unknownAnswer.text()).replace(unknown, "X"));
      await inbox.latest(unknown);
      expect(inbox.for(known).length).toBe(mailsBefore);
    });

    it("refuses a bad address with a clear message and stores nothing", async () => {
      const before = await db.kysely.selectFrom("alertAddresses").select("id").execute();
      const res = await subscribe(visitorClient(ctx.app), "geen-adres");
      expect(res.status).toBe(400);
      expect(main(await res.text())).toContain("Vul een geldig e-mailadres in.");
      expect(await db.kysely.selectFrom("alertAddresses").select("id").execute()).toHaveLength(before.length);
    });

    it("limits requests per address", async () => {
      const email = address("te-vaak");
      for (let i = 0; i < 3; i++) expect((await subscribe(visitorClient(ctx.app), email)).status).toBe(200);
      await inbox.latest(email, 3);
      const refused = await subscribe(visitorClient(ctx.app), email);
      expect(refused.status).toBe(429);
      expect(main(await refused.text())).toContain("Er werden te veel aanvragen gedaan.");
    });

    it("lists and ends subscriptions from the manage link in the mail, without logging in", async () => {
      const email = address("beheer");
      const client = visitorClient(ctx.app);
      await subscribe(client, email);
      await subscribe(client, email, "/abonneren?search=q%3Dkmo%26status%3Dopen");
      await inbox.latest(email, 2);
      const mails = inbox.for(email);
      const second = mails.at(-1);
      for (const mail of mails) {
        await client.get(linkIn(mail));
        await client.post("/abonneren/bevestigen");
      }
      const manage = /(\/abonneren\/beheren\?key=[^\s]+)/.exec(second?.text ?? "")?.[1] as string;
      const page = await client.get(manage);
      expect(page.status).toBe(200);
      const text = main(await page.text());
      expect(text).toContain(`De meldingen die ${email} krijgt:`);
      expect(text).toContain("Thema: Onderwijs");
      expect(text).toContain("Zoekopdracht: kmo");
      expect((await recipientFor(email))?.searches.map((s) => s.query)).toEqual(["q=kmo&status=open"]);

      const subscription = /name="subscription" value="(\d+)"/.exec(client.lastHtml)?.[1] as string;
      const ended = await client.post("/abonneren/beheren/stoppen", { subscription });
      expect(ended.status).toBe(303);
      const after = main(await (await client.get(manage)).text());
      expect(after).toContain("De melding is gestopt.");
      expect(after).not.toContain("Thema: Onderwijs");
      expect((await recipientFor(email))?.follows.theme).toEqual([]);

      await client.post("/abonneren/beheren/stoppen", { subscription: "all" });
      expect(main(await (await client.get(manage)).text())).toContain("Dit adres krijgt geen meldingen (meer).");
      expect(await recipientFor(email)).toBeUndefined();
      expect(await db.kysely.selectFrom("alertAddresses").select("id").where("email", "=", email).execute()).toEqual([]);

      const forged = await client.get(manage.replace(/key=(\d+)\./, "key=$1.x"));
      expect(forged.status).toBe(400);
    });

    it("stops from a digest's link through the source, twice being once", async () => {
      const email = address("digest");
      const client = visitorClient(ctx.app);
      await subscribe(client, email);
      await client.get(linkIn(await inbox.latest(email)));
      await client.post("/abonneren/bevestigen");
      const id = Number((await recipientFor(email))?.key.split(":")[1]);
      await subscriptionRecipients.stop(db.kysely, id, { kind: "follow", type: "theme", id: theme.id }, ctx.now);
      await subscriptionRecipients.stop(db.kysely, id, { kind: "follow", type: "theme", id: theme.id }, ctx.now);
      expect(await recipientFor(email)).toBeUndefined();
    });

    it("speaks English under /en, in the pages and the mail", async () => {
      const email = address("english");
      const client = visitorClient(ctx.app);
      const form = await client.get(`/en/subscribe?theme=${theme.slug}`);
      expect(main(await form.text())).toContain("Get an e-mail when the theme “Education” has new calls");
      const answer = await client.post("/en/subscribe", { email });
      await deliver();
      expect(main(await answer.text())).toContain("Check your mailbox");
      const mail = await inbox.latest(email);
      expect(mail.subject).toBe("Confirm your alert about “Education”");
      expect(linkIn(mail)).toMatch(/^\/en\/subscribe\/confirm\?token=/);
    });
  });
}
