import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { type RunningProcess, startProcess } from "../../../test/support/processes.js";
import { startSmtpInbox } from "../../../test/support/smtp-inbox.js";
import { enqueueMail } from "./outbox.js";

const WORKER = "test/support/mail-worker.process.ts";
const POOL = 5;

const recipientOf = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address ?? "";

for (const dialect of DIALECTS) {
  describe(`delivery workers in separate processes (${dialect})`, () => {
    let db: TestDb;
    let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
    const started: RunningProcess[] = [];
    beforeAll(async () => {
      db = await createTestDb(dialect);
      inbox = await startSmtpInbox();
    });
    afterAll(async () => {
      for (const worker of started) worker.child.kill("SIGKILL");
      await inbox.close();
      await db.destroy();
    });

    const startWorker = async (lanes: number) => {
      const worker = startProcess(WORKER, [db.url, inbox.url, String(lanes)]);
      started.push(worker);
      const line = await worker.lineWith("worker started");
      return { worker, id: line.split(" ").at(-1) ?? "" };
    };
    const queue = (prefix: string, count: number) =>
      db.kysely.transaction().execute(async (trx) => {
        for (let n = 0; n < count; n++)
          await enqueueMail(trx, {
            uniqueKey: `${prefix}:${n}`,
            to: `${prefix}-${n}@example.be`,
            subject: `Overzicht ${n}`,
            html: `<p>Nieuw voor u: ${n}</p>`,
            text: `Nieuw voor u: ${n}`,
          });
      });
    const waitFor = async (done: () => Promise<boolean> | boolean, what: string, ms = 120_000) => {
      const deadline = Date.now() + ms;
      while (!(await done())) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const sentCount = async (prefix: string) =>
      Number(
        (
          await db.kysely
            .selectFrom("outbox")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("uniqueKey", "like", `${prefix}:%`)
            .where("state", "=", "sent")
            .executeTakeFirstOrThrow()
        ).n,
      );
    const byRecipient = (prefix: string) => {
      const mails = new Map<string, ParsedMail[]>();
      for (const mail of inbox.received) {
        const to = recipientOf(mail);
        if (to.startsWith(`${prefix}-`)) mails.set(to, [...(mails.get(to) ?? []), mail]);
      }
      return mails;
    };

    it("a worker killed at five moments of a 10 000-mail batch loses none; a repeat is the same mail, from the moments it died", async () => {
      const total = 10_000;
      const kills = 5;
      await queue("batch", total);
      let current = await startWorker(1);
      for (let kill = 1; kill <= kills; kill++) {
        const at = (kill * total) / (kills + 1);
        await waitFor(() => inbox.received.length >= at, `${at} mails`);
        current.worker.child.kill("SIGKILL");
        expect((await current.worker.exited).signal).toBe("SIGKILL");
        current = await startWorker(1);
      }
      await waitFor(async () => (await sentCount("batch")) === total, "every mail recorded sent");
      current.worker.child.kill("SIGTERM");
      expect((await current.worker.exited).code).toBe(0);
      // The server has parsed what it accepted a moment after answering.
      await waitFor(() => byRecipient("batch").size === total, "every mail received", 10_000);

      const rows = await db.kysely.selectFrom("outbox").selectAll().where("uniqueKey", "like", "batch:%").execute();
      const received = byRecipient("batch");
      let repeats = 0;
      for (const row of rows) {
        const mails = received.get(row.recipient) ?? [];
        expect(mails.length, row.recipient).toBeGreaterThanOrEqual(1);
        for (const mail of mails) expect(mail.messageId).toBe(row.messageId);
        if (mails.length > 1) {
          repeats += mails.length - 1;
          // Sent again only because the worker that first sent it died holding its lease.
          expect(row.attempts).toBeGreaterThanOrEqual(2);
        }
      }
      expect(rows.every((row) => row.state === "sent")).toBe(true);
      expect(repeats).toBeLessThanOrEqual(kills * POOL);
      console.log(`10 000 mails, ${kills} kills (${dialect}): ${repeats} repeats`);
    }, 240_000);

    if (dialect === "postgres")
      it("two workers at once send every mail exactly once, each taking its share", async () => {
        const total = 3_000;
        await queue("pair", total);
        const workers = await Promise.all([startWorker(2), startWorker(2)]);
        await waitFor(async () => (await sentCount("pair")) === total, "every mail recorded sent");
        for (const { worker } of workers) worker.child.kill("SIGTERM");
        expect((await Promise.all(workers.map(({ worker }) => worker.exited))).map((end) => end.code)).toEqual([0, 0]);
        await waitFor(() => byRecipient("pair").size === total, "every mail received", 10_000);

        const received = byRecipient("pair");
        expect([...received.values()].every((mails) => mails.length === 1)).toBe(true);
        const senders = await db.kysely
          .selectFrom("outbox")
          .select("lockedBy")
          .distinct()
          .where("uniqueKey", "like", "pair:%")
          .execute();
        expect(senders).toHaveLength(2);
      }, 120_000);
  });
}
