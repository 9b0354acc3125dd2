import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { startSmtpInbox } from "../../../test/support/smtp-inbox.js";
import { createMailer, type Mailer } from "./mailer.js";
import { countOutbox, enqueueMail, listFailedMails, outboxMessageId } from "./outbox.js";
import { deliverDue, leaseDueMails } from "./outbox-delivery.js";

const BASE_URL = "https://subsidiegids.be";

for (const dialect of DIALECTS) {
  describe(`delivering the outbox (${dialect})`, () => {
    let db: TestDb;
    let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
    let mailer: Mailer;
    let clock = new Date("2026-11-30T06:00:00Z");
    const now = () => clock;
    const later = (ms: number) => {
      clock = new Date(clock.getTime() + ms);
    };

    beforeAll(async () => {
      db = await createTestDb(dialect);
      inbox = await startSmtpInbox({ rejects: ["gone@example.be"] });
      mailer = createMailer({
        SMTP_URL: inbox.url,
        SMTP_POOL_SIZE: 3,
        MAIL_FROM: "Subsidiegids <noreply@subsidiegids.be>",
        DATA_DIR: "",
        BASE_URL,
      });
    });
    afterAll(async () => {
      mailer.close();
      await inbox.close();
      await db.destroy();
    });
    afterEach(async () => {
      inbox.refuse(undefined);
      inbox.received.length = 0;
      await db.kysely.deleteFrom("outbox").execute();
    });

    const queue = async (count: number, prefix: string, to = (n: number) => `member${n}@example.be`) => {
      const ids: number[] = [];
      for (let n = 0; n < count; n++) {
        const { id } = await enqueueMail(db.kysely, {
          uniqueKey: `${prefix}:${n}`,
          to: to(n),
          subject: `Digest ${n}`,
          html: `<p>Digest ${n}</p>`,
          text: `Digest ${n}`,
          headers: { "List-Unsubscribe": `<${BASE_URL}/afmelden/${n}>` },
          now: clock,
        });
        ids.push(id);
      }
      return ids;
    };
    const drain = async () => {
      for (;;) {
        const report = await deliverDue({ db: db.kysely, mailer, now, limit: 7 });
        if (report.leased === 0) return;
      }
    };
    const rows = () => db.kysely.selectFrom("outbox").selectAll().orderBy("id").execute();

    it("sends each mail once, with a Message-ID of its own row and its headers, and records the server's answer", async () => {
      await queue(12, "digest:a");
      await drain();
      await inbox.latest("member11@example.be");
      expect(inbox.received).toHaveLength(12);
      const stored = await rows();
      for (const row of stored) {
        const mail = inbox.for(row.recipient);
        expect(mail).toHaveLength(1);
        expect(mail[0]?.messageId).toBe(outboxMessageId(row, "subsidiegids.be"));
        expect(mail[0]?.headerLines.find((h) => h.key === "list-unsubscribe")?.line).toContain(`${BASE_URL}/afmelden/`);
        expect(row).toMatchObject({ state: "sent", attempts: 1, messageId: outboxMessageId(row, "subsidiegids.be") });
        expect(row.smtpResponse).toMatch(/^250 /);
      }
      expect(await countOutbox(db.kysely, clock)).toEqual({ queued: 0, sending: 0, sent: 12, failed: 0 });
    });

    it("when the server refuses for a while (421, then 451), delivers every mail exactly once after it accepts again", async () => {
      await queue(20, "digest:b");
      inbox.refuse(421);
      const down = await deliverDue({ db: db.kysely, mailer, now, limit: 20 });
      // The mails in flight on the pool's three connections learn the server is down; the rest
      // are put back untried, for when it may be back.
      expect(down).toMatchObject({ leased: 20, sent: 0, retried: 3, putBack: 17 });
      expect(await deliverDue({ db: db.kysely, mailer, now, limit: 20 })).toMatchObject({ leased: 0 });

      inbox.refuse(451);
      later(60_000);
      const busy = await deliverDue({ db: db.kysely, mailer, now, limit: 20 });
      expect(busy).toMatchObject({ leased: 20, sent: 0, retried: 20 });
      expect(inbox.received).toHaveLength(0);
      // Back-off: the mails tried twice wait two minutes, the others one.
      later(60_000);
      expect((await deliverDue({ db: db.kysely, mailer, now, limit: 20 })).leased).toBe(17);

      inbox.refuse(undefined);
      later(10 * 60_000);
      await drain();
      await inbox.latest("member19@example.be");
      const ids = inbox.received.map((mail) => mail.messageId);
      expect(ids).toHaveLength(20);
      expect(new Set(ids).size).toBe(20);
      expect((await rows()).every((row) => row.state === "sent")).toBe(true);
      expect(await countOutbox(db.kysely, clock)).toMatchObject({ queued: 0, sent: 20 });
    });

    it("marks a mail the server refuses for good (550) failed, for admins to see, and sends the others", async () => {
      await queue(5, "digest:c", (n) => (n === 2 ? "gone@example.be" : `member${n}@example.be`));
      await drain();
      await inbox.latest("member4@example.be");
      expect(inbox.received).toHaveLength(4);
      const failed = await listFailedMails(db.kysely);
      expect(failed).toMatchObject([{ recipient: "gone@example.be", state: "failed", attempts: 1 }]);
      expect(failed[0]?.lastError).toContain("550");
      expect(await countOutbox(db.kysely, clock)).toMatchObject({ sent: 4, failed: 1 });
    });

    it("gives up on a mail after its last try, when the server kept refusing it", async () => {
      await queue(1, "digest:d");
      inbox.refuse(451);
      for (let attempt = 1; attempt <= 3; attempt++) {
        expect(await deliverDue({ db: db.kysely, mailer, now, maxAttempts: 3 })).toMatchObject({ leased: 1 });
        later(2 * 60 * 60_000);
      }
      expect(await listFailedMails(db.kysely)).toMatchObject([{ uniqueKey: "digest:d:0", attempts: 3, state: "failed" }]);
      expect(await deliverDue({ db: db.kysely, mailer, now })).toMatchObject({ leased: 0 });
    });

    it("leaves mails leased by a worker alone until its lease runs out, then another delivers them once", async () => {
      await queue(4, "digest:e");
      const dead = await leaseDueMails(db.kysely, "dead-worker", clock, 60_000, 10);
      expect(dead).toHaveLength(4);
      expect(await deliverDue({ db: db.kysely, mailer, now })).toMatchObject({ leased: 0 });
      expect(await countOutbox(db.kysely, clock)).toMatchObject({ sending: 4 });
      later(61_000);
      expect(await deliverDue({ db: db.kysely, mailer, now })).toMatchObject({ leased: 4, sent: 4 });
      await inbox.latest("member3@example.be");
      expect(inbox.received).toHaveLength(4);
      expect((await rows()).map((row) => row.attempts)).toEqual([2, 2, 2, 2]);
    });

    it("stops a batch whose sent mail cannot be recorded, and after the lease sends it again with the same Message-ID, losing none", async () => {
      const held = await startSmtpInbox();
      const heldMailer = createMailer({
        SMTP_URL: held.url,
        SMTP_POOL_SIZE: 1,
        MAIL_FROM: "gids@subsidiegids.be",
        DATA_DIR: "",
        BASE_URL,
      });
      try {
        await queue(5, "digest:g");
        const release = held.hold();
        const batch = deliverDue({ db: db.kysely, mailer: heldMailer, now, workerId: "cut-off" });
        // The first mail reached the server; the database goes away before the server accepts it.
        while (held.receiving() === 0) await new Promise((resolve) => setTimeout(resolve, 5));
        await sql`alter table outbox rename to outbox_away`.execute(db.kysely);
        release();
        try {
          await expect(batch).rejects.toThrow();
        } finally {
          await sql`alter table outbox_away rename to outbox`.execute(db.kysely);
        }
        const first = await held.latest("member0@example.be");
        expect(held.received).toHaveLength(1);

        // Nothing is sent while the cut-off batch's lease lasts; after it, every mail, the accepted one again.
        expect(await deliverDue({ db: db.kysely, mailer, now })).toMatchObject({ leased: 0 });
        later(61_000);
        await drain();
        await inbox.latest("member4@example.be");
        for (let n = 0; n < 5; n++) expect(inbox.for(`member${n}@example.be`)).toHaveLength(1);
        expect(inbox.for("member0@example.be")[0]?.messageId).toBe(first.messageId);
        const stored = await rows();
        expect(stored.map((row) => row.state)).toEqual(["sent", "sent", "sent", "sent", "sent"]);
        expect(stored[0]?.messageId).toBe(first.messageId);
      } finally {
        heldMailer.close();
        await held.close();
      }
    });

    it("keeps the lease of a batch that takes longer than the lease to send: no other worker sends its mails", async () => {
      const slow = await startSmtpInbox({ slowMs: 250 });
      const slowMailer = createMailer({ SMTP_URL: slow.url, SMTP_POOL_SIZE: 1, MAIL_FROM: "gids@subsidiegids.be", DATA_DIR: "" });
      try {
        await queue(8, "digest:f");
        const realNow = () => new Date(Math.max(Date.now(), clock.getTime()));
        const batch = deliverDue({ db: db.kysely, mailer: slowMailer, now: realNow, leaseMs: 600, workerId: "slow" });
        // Past the first lease, another worker looks for due mails: the renewed lease keeps them.
        await new Promise((resolve) => setTimeout(resolve, 1_200));
        expect(await deliverDue({ db: db.kysely, mailer, now: realNow, workerId: "other" })).toMatchObject({ leased: 0 });
        expect(await batch).toMatchObject({ leased: 8, sent: 8 });
        expect(slow.received).toHaveLength(8);
        expect(new Set(slow.received.map((mail) => mail.messageId)).size).toBe(8);
        expect(inbox.received).toHaveLength(0);
      } finally {
        slowMailer.close();
        await slow.close();
      }
    });
  });
}
