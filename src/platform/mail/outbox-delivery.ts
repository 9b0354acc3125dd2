import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Kysely } from "kysely";
import type { Logger } from "pino";
import { dueAt, holdLease, leaseEnd, retryDelayMs, skippingLocked } from "../db/leases.js";
import type { Database } from "../db/schema.js";
import type { AcceptedMail, Mailer } from "./mailer.js";
import { type OutboxMailToSend, outboxMessageId } from "./outbox.js";
import { createSentRecorder } from "./sent-recorder.js";

export interface DeliveryOptions {
  db: Kysely<Database>;
  mailer: Mailer;
  /** The clock; read at every step, so a long batch renews its lease with the time it is. */
  now: () => Date;
  /** How many due mails one call leases and sends. */
  limit?: number;
  workerId?: string;
  /** How long a lease lasts unless renewed; a dead worker's mails are taken over this long after its last renewal. */
  leaseMs?: number;
  /** Tries before a mail the server keeps refusing is `failed`. */
  maxAttempts?: number;
  /** Aborted when the caller stops: mails not yet tried are put back, due at once. */
  signal?: AbortSignal;
  log?: Logger;
}

export interface DeliveryReport {
  /** Leased for this call. */
  leased: number;
  /** Accepted by the server and recorded. */
  sent: number;
  /** Refused for now (4xx, or the server was down): due again after a back-off. */
  retried: number;
  /** Refused for good (5xx) or out of tries. */
  failed: number;
  /** Leased but not tried (the server went down, or the caller stopped): back in the queue. */
  putBack: number;
}

export const DEFAULT_MAIL_LEASE_MS = 60_000;
export const DEFAULT_MAIL_ATTEMPTS = 10;

export const newWorkerId = () => `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;

/**
 * Leases up to `limit` due mails to this worker and counts a try for each, the oldest first,
 * with their parts. On PostgreSQL workers leasing at once get different mails (SKIP LOCKED).
 */
export async function leaseDueMails(
  db: Kysely<Database>,
  workerId: string,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<OutboxMailToSend[]> {
  const at = now.toISOString();
  const candidates = skippingLocked(
    db,
    db.selectFrom("outbox").select("id").where(dueAt(at)).orderBy("runAt").orderBy("id").limit(limit),
  );
  const leased = await db
    .updateTable("outbox")
    .set((eb) => ({ lockedBy: workerId, lockedUntil: leaseEnd(now, leaseMs), attempts: eb("attempts", "+", 1) }))
    .where("id", "in", candidates)
    .where(dueAt(at))
    .returning("id")
    .execute();
  if (leased.length === 0) return [];
  // Read after the lease, with the parts (a mail's row and parts are stored together).
  return db
    .selectFrom("outbox")
    .innerJoin("outboxBodies", "outboxBodies.outboxId", "outbox.id")
    .selectAll("outbox")
    .select(["outboxBodies.htmlBody", "outboxBodies.textBody"])
    .where(
      "outbox.id",
      "in",
      leased.map((mail) => mail.id),
    )
    .orderBy("outbox.id")
    .execute();
}

/** Runs the writes handed to it one after the other, each once the one before has ended. */
function oneAtATime(): <T>(work: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = last.then(work, work);
    last = run.catch(() => {});
    return run;
  };
}

type Refusal = "permanent" | "retry" | "server";

/**
 * How to take a send error. A 5xx to this mail's envelope or content is permanent; a 4xx to it
 * is for now; anything else (no connection, a refused greeting or login, a 421) says nothing
 * about this mail but that the server cannot take mail now.
 */
function refusal(error: unknown): Refusal {
  const { responseCode, command } = (error ?? {}) as { responseCode?: number; command?: string };
  const aboutThisMail = command === "RCPT TO" || command === "DATA" || command === "MAIL FROM" || command === "API";
  if (!responseCode || !aboutThisMail || responseCode === 421) return "server";
  return responseCode >= 500 ? "permanent" : "retry";
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 2000);

/**
 * Sends due mails from the outbox once: leases a batch, sends each with its own Message-ID over
 * the mailer's parallel connections, and records each sent as soon as the server accepts it
 * (those accepted meanwhile in the same transaction), a connection's next mail waiting for
 * that record, so the only mails that can go out twice are the few accepted while this
 * process died: one per connection at most. The lease is renewed while the batch is sent.
 * `alerts run` and the worker's delivery task both call this.
 */
export async function deliverDue(options: DeliveryOptions): Promise<DeliveryReport> {
  const { db, mailer, now } = options;
  const workerId = options.workerId ?? newWorkerId();
  const leaseMs = options.leaseMs ?? DEFAULT_MAIL_LEASE_MS;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAIL_ATTEMPTS;
  const report: DeliveryReport = { leased: 0, sent: 0, retried: 0, failed: 0, putBack: 0 };
  const leased = await leaseDueMails(db, workerId, now(), leaseMs, options.limit ?? 100);
  report.leased = leased.length;
  if (leased.length === 0) return report;

  const pending = new Map(leased.map((mail) => [mail.id, mail]));
  const inFlight = new Set<number>();
  const mine = (id: number) =>
    db.updateTable("outbox").where("id", "=", id).where("lockedBy", "=", workerId).where("state", "=", "queued");
  let serverDownUntil: string | undefined;

  // The lease renewal and the record of sent mails each lock several of the batch's rows, on
  // PostgreSQL in an order of their own: at the same time they could deadlock, so they take turns.
  const exclusive = oneAtATime();

  // Renews the lease of the mails still to send; one another worker took over (this process
  // stalled past its lease) is left to that worker rather than sent twice.
  const lease = holdLease(
    leaseMs / 3,
    () =>
      exclusive(async () => {
        const ids = [...pending.keys(), ...inFlight];
        if (ids.length === 0) return true;
        const held = await db
          .updateTable("outbox")
          .set({ lockedUntil: leaseEnd(now(), leaseMs) })
          .where("id", "in", ids)
          .where("lockedBy", "=", workerId)
          .where("state", "=", "queued")
          .returning("id")
          .execute();
        const still = new Set(held.map((row) => row.id));
        for (const id of pending.keys()) if (!still.has(id)) pending.delete(id);
        return true;
      }),
    (error) => options.log?.warn({ err: error }, "outbox lease renewal failed; trying again"),
  );

  const recordSent = createSentRecorder(db, exclusive);

  async function refused(mail: OutboxMailToSend, messageId: string, error: unknown): Promise<void> {
    const kind = refusal(error);
    const at = now();
    const lastError = errorText(error);
    if (kind === "permanent" || mail.attempts >= maxAttempts) {
      await mine(mail.id).set({ state: "failed", failedAt: at.toISOString(), lastError, lockedUntil: null }).execute();
      report.failed++;
      options.log?.error({ mail: mail.id, err: error }, "mail failed for good");
      return;
    }
    const runAt = new Date(at.getTime() + retryDelayMs(mail.attempts)).toISOString();
    await mine(mail.id).set({ lastError, messageId, lockedBy: null, lockedUntil: null, runAt }).execute();
    report.retried++;
    if (kind === "server") serverDownUntil ??= runAt;
    options.log?.warn({ mail: mail.id, err: error, runAt }, "mail refused for now; tried again later");
  }

  async function sendOne(mail: OutboxMailToSend): Promise<void> {
    const messageId = outboxMessageId(mail, mailer.domain);
    let accepted: AcceptedMail;
    try {
      accepted = await mailer.send({
        to: mail.recipient,
        subject: mail.subject,
        html: mail.htmlBody,
        text: mail.textBody,
        headers: JSON.parse(mail.headers) as Record<string, string>,
        messageId,
      });
    } catch (error) {
      await refused(mail, messageId, error);
      return;
    }
    // The connection sends its next mail only once this one is recorded: a death in between
    // repeats at most one mail per connection.
    await recordSent({ id: mail.id, messageId, response: accepted.response, at: now() });
    report.sent++;
  }

  // A record that could not be written stops the batch: the mails not yet tried are put back,
  // the one accepted is taken over when its lease runs out, sent again at worst, never lost.
  let broken: { error: unknown } | undefined;
  const next = () => {
    if (broken || serverDownUntil || options.signal?.aborted) return undefined;
    const [entry] = pending;
    if (entry) pending.delete(entry[0]);
    return entry?.[1];
  };
  try {
    await Promise.all(
      Array.from({ length: Math.max(1, mailer.parallel) }, async () => {
        for (let mail = next(); mail; mail = next()) {
          inFlight.add(mail.id);
          try {
            await sendOne(mail);
          } catch (error) {
            broken ??= { error };
          }
          inFlight.delete(mail.id);
        }
      }),
    );
  } finally {
    lease.release();
  }
  // Mails never tried give back their try: due when the server is expected back, or at once.
  const untried = [...pending.keys()];
  if (untried.length > 0) {
    const result = await db
      .updateTable("outbox")
      .set((eb) => ({
        attempts: eb("attempts", "-", 1),
        lockedBy: null,
        lockedUntil: null,
        ...(serverDownUntil ? { runAt: serverDownUntil } : {}),
      }))
      .where("id", "in", untried)
      .where("lockedBy", "=", workerId)
      .where("state", "=", "queued")
      .executeTakeFirst();
    report.putBack = Number(result.numUpdatedRows);
  }
  if (broken) throw broken.error;
  return report;
}
