import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";

/** A mail the server accepted, as its outbox row records it. */
export interface AcceptedOutboxMail {
  id: number;
  messageId: string;
  /** The server's answer (250 …). */
  response: string;
  /** When the server accepted it. */
  at: Date;
}

/**
 * Records accepted mails sent, the ones accepted while the previous record was written all in
 * one transaction (group commit): on PostgreSQL one commit, and so one flush of its log, for
 * several mails instead of one each. A mail's promise settles once its record committed, so a
 * caller that waits for it before sending the next mail on that connection keeps at most one
 * mail per connection accepted but not recorded: the window in which a death means a repeat.
 * Each row is updated by its primary key, whoever holds the lease now: the server has the
 * mail, so nobody should send it again.
 */
export function createSentRecorder(
  db: Kysely<Database>,
  /** Runs a write that locks several of the batch's rows; the lease renewal goes through it too (see deliverDue). */
  exclusive: <T>(write: () => Promise<T>) => Promise<T>,
): (mail: AcceptedOutboxMail) => Promise<void> {
  type Waiting = AcceptedOutboxMail & { resolve: () => void; reject: (error: unknown) => void };
  let waiting: Waiting[] = [];
  let writing = false;

  async function writeAll(): Promise<void> {
    // Answers that arrived in the same turn of the event loop join the first group.
    await new Promise((resolve) => setImmediate(resolve));
    while (waiting.length > 0) {
      const group = waiting;
      waiting = [];
      try {
        await exclusive(() =>
          db
            .transaction()
            .setAccessMode("read write")
            .execute(async (trx) => {
              for (const mail of group)
                await trx
                  .updateTable("outbox")
                  .set({
                    state: "sent",
                    sentAt: mail.at.toISOString(),
                    messageId: mail.messageId,
                    smtpResponse: mail.response.slice(0, 2000),
                    lockedUntil: null,
                    lastError: null,
                  })
                  .where("id", "=", mail.id)
                  .where("state", "=", "queued")
                  .execute();
            }),
        );
        for (const mail of group) mail.resolve();
      } catch (error) {
        for (const mail of group) mail.reject(error);
      }
    }
    writing = false;
  }

  return (mail) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ ...mail, resolve, reject });
      if (!writing) {
        writing = true;
        void writeAll();
      }
    });
}
