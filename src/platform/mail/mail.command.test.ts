import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { startProcess } from "../../../test/support/processes.js";
import { startSmtpInbox } from "../../../test/support/smtp-inbox.js";
import { createMailer } from "./mailer.js";
import { enqueueMail } from "./outbox.js";
import { deliverDue } from "./outbox-delivery.js";

for (const dialect of DIALECTS) {
  describe(`subsidiegids mail (${dialect})`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await createTestDb(dialect);
    });
    afterAll(() => db.destroy());

    const mail = async (...args: string[]) => {
      const end = await startProcess("src/main.ts", ["mail", ...args], { DATABASE_URL: db.url }).exited;
      expect(end.stderr).toBe("");
      expect(end.code).toBe(0);
      return end.stdout;
    };

    it("lists a mail the server refused for good with its error, and counts the outbox per state", async () => {
      const inbox = await startSmtpInbox({ rejects: ["gone@example.be"] });
      const mailer = createMailer({
        SMTP_URL: inbox.url,
        SMTP_POOL_SIZE: 1,
        MAIL_FROM: "gids@example.be",
        DATA_DIR: "",
        BASE_URL: "https://subsidiegids.be",
      });
      const at = new Date("2026-11-30T06:00:00Z");
      const queue = (key: string, to: string, now = at) =>
        enqueueMail(db.kysely, { uniqueKey: key, to, subject: "Overzicht", html: "<p>Nieuw</p>", text: "Nieuw", now });
      const { id } = await queue("digest:1", "gone@example.be");
      await queue("digest:2", "an@example.be");
      await queue("digest:3", "an@example.be", new Date("2099-01-01T00:00:00Z"));
      await deliverDue({ db: db.kysely, mailer, now: () => at });
      mailer.close();
      await inbox.close();

      const [failed, json, counts] = await Promise.all([mail("--failed"), mail("--failed", "--json"), mail()]);
      expect(failed).toMatch(
        new RegExp(
          `^#${id} digest:1 to gone@example.be: failed at 2026-11-30T06:00:00.000Z after 1 tries\\n  last error: .*550 No such mailbox`,
        ),
      );
      const listed = JSON.parse(json);
      expect(listed).toMatchObject([{ id, state: "failed", recipient: "gone@example.be" }]);
      expect(listed[0]).not.toHaveProperty("htmlBody");
      expect(counts).toBe("1 queued, 0 being sent, 1 sent, 1 failed\n");
    }, 120_000);
  });
}
