import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, Row } from "../db/schema.js";

/** An outbox row: the mail's envelope and where it stands (its parts are in `outbox_bodies`). */
export type OutboxMail = Row<"outbox">;

/** A mail as it is sent: its row and its two parts. */
export type OutboxMailToSend = OutboxMail & Pick<Row<"outboxBodies">, "htmlBody" | "textBody">;

/** A built mail as the caller decided it: both parts already in the recipient's language. */
export interface MailToQueue {
  /** The same mail decided twice (`digest:42:2026-11-30`) is stored once. */
  uniqueKey: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  language?: string;
  /** The clock's present; the mail is due from then. */
  now?: Date;
}

/**
 * Stores a built mail in the outbox, in the caller's transaction, before anything is sent: if
 * the transaction commits the mail will be delivered, if it rolls back it was never decided.
 * Insert-or-ignore on the unique key: `created` is false when the mail was already there, and
 * `id` is then the stored one's.
 */
export function enqueueMail(db: Kysely<Database>, mail: MailToQueue): Promise<{ id: number; created: boolean }> {
  return inTransaction(db, async (trx) => {
    const inserted = await trx
      .insertInto("outbox")
      .values(outboxRow(mail))
      .onConflict((oc) => oc.column("uniqueKey").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (inserted) {
      await trx.insertInto("outboxBodies").values(bodiesRow(inserted.id, mail)).execute();
      return { id: inserted.id, created: true };
    }
    const stored = await trx.selectFrom("outbox").select("id").where("uniqueKey", "=", mail.uniqueKey).executeTakeFirstOrThrow();
    return { id: stored.id, created: false };
  });
}

/** A mail's row and its parts are stored together: in the caller's transaction, or in one of their own. */
const inTransaction = <T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> =>
  db.isTransaction ? work(db) : db.transaction().setAccessMode("read write").execute(work);

/** A queued mail as its outbox row: due at once, from the moment it was queued. */
function outboxRow(mail: MailToQueue) {
  const at = (mail.now ?? new Date()).toISOString();
  return {
    uniqueKey: mail.uniqueKey,
    recipient: mail.to,
    subject: mail.subject,
    headers: JSON.stringify(mail.headers ?? {}),
    language: mail.language ?? null,
    runAt: at,
    createdAt: at,
  };
}

const bodiesRow = (outboxId: number, mail: MailToQueue) => ({ outboxId, htmlBody: mail.html, textBody: mail.text });

/** Rows a multi-row insert carries: an outbox row has 7 values, well under either database's limit of bound values. */
const ROWS_PER_INSERT = 200;

/**
 * enqueueMail for many mails at once, in the caller's transaction, a few statements for
 * hundreds of mails. A mail whose unique key is stored already is left as it is; the
 * answer is how many were new.
 */
export function enqueueMails(db: Kysely<Database>, mails: readonly MailToQueue[]): Promise<number> {
  return inTransaction(db, async (trx) => {
    let created = 0;
    for (let i = 0; i < mails.length; i += ROWS_PER_INSERT) {
      const chunk = mails.slice(i, i + ROWS_PER_INSERT);
      const inserted = await trx
        .insertInto("outbox")
        .values(chunk.map(outboxRow))
        .onConflict((oc) => oc.column("uniqueKey").doNothing())
        .returning(["id", "uniqueKey"])
        .execute();
      if (inserted.length === 0) continue;
      // A key twice in one chunk is stored once, as its first mail.
      const byKey = new Map<string, MailToQueue>();
      for (const mail of chunk) if (!byKey.has(mail.uniqueKey)) byKey.set(mail.uniqueKey, mail);
      await trx
        .insertInto("outboxBodies")
        .values(inserted.map((row) => bodiesRow(row.id, byKey.get(row.uniqueKey) as MailToQueue)))
        .execute();
      created += inserted.length;
    }
    return created;
  });
}

/**
 * The Message-ID a mail carries on every try, derived from its outbox row: a repeat (the server
 * accepted, the process died before recording it) carries the same one, so it is recognisable.
 * `domain` is the host of BASE_URL (the mailer's `domain`).
 */
export function outboxMessageId(mail: Pick<OutboxMail, "id" | "uniqueKey">, domain: string): string {
  const hash = createHash("sha256").update(mail.uniqueKey).digest("hex").slice(0, 12);
  return `<outbox.${mail.id}.${hash}@${domain}>`;
}

/** Mails refused for good or out of tries, the most recent first: for an admin to look at. */
export function listFailedMails(db: Kysely<Database>, limit = 100): Promise<OutboxMail[]> {
  return db
    .selectFrom("outbox")
    .selectAll()
    .where("state", "=", "failed")
    .orderBy("failedAt", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

export interface OutboxCounts {
  /** Waiting to be sent, or for another try. */
  queued: number;
  /** Queued mails a worker holds a live lease on: being sent. */
  sending: number;
  sent: number;
  failed: number;
}

/** How many mails of the outbox are in each state. */
export async function countOutbox(db: Kysely<Database>, now: Date): Promise<OutboxCounts> {
  const at = now.toISOString();
  const rows = await db
    .selectFrom("outbox")
    .select((eb) => [
      "state",
      eb.fn.countAll<number>().as("n"),
      eb.fn.count<number>(eb.case().when("lockedUntil", ">=", at).then(1).end()).as("leased"),
    ])
    .groupBy("state")
    .execute();
  const counts: OutboxCounts = { queued: 0, sending: 0, sent: 0, failed: 0 };
  for (const row of rows) {
    if (row.state === "queued") {
      counts.sending += Number(row.leased);
      counts.queued += Number(row.n) - Number(row.leased);
    } else counts[row.state] += Number(row.n);
  }
  return counts;
}
