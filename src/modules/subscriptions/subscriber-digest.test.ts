import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { buildTheme } from "../../../test/support/factories.js";
import { visitorClient } from "../../../test/support/http-client.js";
import { linkIn, startSmtpInbox } from "../../../test/support/smtp-inbox.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { deliverDue } from "../../platform/mail/outbox-delivery.js";
import { runDigests } from "../alerts/digest-run.js";
import { callInput } from "../calls/call.input.js";
import { callStore } from "../calls/call.store.js";

for (const dialect of DIALECTS) {
  describe(`a subscriber without an account gets the digest (${dialect})`, () => {
    let db: TestDb;
    let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
    let clock = new Date("2027-01-10T08:00:00Z");
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

    const deliver = async () => {
      while ((await deliverDue({ db: db.kysely, mailer: ctx.deps.mailer, now: () => clock })).leased > 0) {}
    };

    it("lists a new call of the confirmed theme, and nothing before confirmation", async () => {
      const theme = await buildTheme(ctx.writer, { nameNl: "Onderwijs", nameEn: "Education" });
      const email = "abonnee@example.be";
      const client = visitorClient(ctx.app);
      await client.get(`/abonneren?theme=${theme.slug}`);
      await client.post("/abonneren", { email });
      await deliver();
      const link = linkIn(await inbox.latest(email));

      const call = (title: string, now: string) =>
        ctx.writer.save(callStore, {
          input: callInput.parse({ slug: `oproep-${title.length}`, title, themes: [theme.slug], publishedAt: now }),
          actor: "test",
          now: new Date(now),
        });
      const digestsAt = async (at: string) => {
        clock = new Date(at);
        await runDigests({ db: db.kysely, search: ctx.deps.search, baseUrl: "http://localhost:3000", digestHour: 7 }, clock);
        await deliver();
      };

      // Not confirmed yet: a new call in the theme mails nothing.
      await call("Oproep voor de bevestiging", "2027-01-10T09:00:00Z");
      await digestsAt("2027-01-11T06:30:00Z");
      expect(inbox.for(email)).toHaveLength(1);

      clock = new Date("2027-01-11T08:00:00Z");
      await client.get(link);
      await client.post("/abonneren/bevestigen");
      await call("Leerkrachten in Europa", "2027-01-11T15:00:00Z");
      await digestsAt("2027-01-12T06:30:00Z");
      const digest = await inbox.latest(email, 2);
      expect(digest.text).toContain("Leerkrachten in Europa");
      expect(digest.text).not.toContain("Oproep voor de bevestiging");
    });
  });
}
