import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, Row } from "../db/schema.js";

export type OutboxMail = Row<"outbox">;

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
export async function enqueueMail(trx: Kysely<Database>, mail: MailToQueue): Promise<{ id: number; created: boolean }> {
  const at = (mail.now ?? new Date()).toISOString();
  const inserted = await trx
    .insertInto("outbox")
    .values({
      uniqueKey: mail.uniqueKey,
      recipient: mail.to,
      subject: mail.subject,
      htmlBody: mail.html,
      textBody: mail.text,
      headers: JSON.stringify(mail.headers ?? {}),
      language: mail.language ?? null,
      runAt: at,
      createdAt: at,
    })
    .onConflict((oc) => oc.column("uniqueKey").doNothing())
    .returning("id")
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const stored = await trx.selectFrom("outbox").select("id").where("uniqueKey", "=", mail.uniqueKey).executeTakeFirstOrThrow();
  return { id: stored.id, created: false };
}

/**
 * The Message-ID a mail carries on every try, derived from its outbox row: a repeat (the server
 * accepted, the process died before recording it) carries the same one, so it is recognisable.
 */
export function outboxMessageId(mail: Pick<OutboxMail, "id" | "uniqueKey">, baseUrl: string): string {
  const hash = createHash("sha256").update(mail.uniqueKey).digest("hex").slice(0, 12);
  return `<outbox.${mail.id}.${hash}@${new URL(baseUrl).hostname}>`;
}
