// A worker in a process of its own that only delivers the outbox, with short leases so a test
// sees a killed worker's mails taken over within seconds. Its mailer keeps POOL connections.
import pino from "pino";
import { connect } from "../../src/platform/db/connection.js";
import { createWorker } from "../../src/platform/jobs/worker.js";
import { mailDelivery } from "../../src/platform/mail/mail.jobs.js";
import { createMailer } from "../../src/platform/mail/mailer.js";

export const POOL = 5;

const [url, smtpUrl, lanes] = process.argv.slice(2) as [string, string, string];
const db = connect(url);
const mailer = createMailer({
  SMTP_URL: smtpUrl,
  SMTP_POOL_SIZE: POOL,
  MAIL_FROM: "Subsidiegids <noreply@subsidiegids.test>",
  DATA_DIR: "",
  BASE_URL: "https://subsidiegids.test",
});
const worker = createWorker({
  db: db.kysely,
  log: pino({ level: "silent" }),
  leaseMs: 1_500,
  idleMs: 100,
  modules: [mailDelivery({ mailer, now: () => new Date(), lanes: Number(lanes), everyMs: 100, batch: 200, leaseMs: 2_000 })],
});
process.once("SIGTERM", () => worker.stop());
console.log(`worker started ${worker.id}`);
await worker.start();
mailer.close();
await db.close();
