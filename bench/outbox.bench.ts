/**
 * Outbox delivery: mails per second from the outbox into a local SMTP sink (smtp-server that
 * accepts and discards, in a process of its own: bench/smtp-sink.ts), through the pooled SMTP connections and recording
 * each mail sent as the worker does. SQLite always; PostgreSQL too with TEST_DATABASE_URL.
 *
 *   npm run bench:outbox                     (BENCH_MAILS=5000, SMTP_POOL_SIZE=5 by default)
 */
import { fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { connect, type Db } from "../src/platform/db/connection.js";
import { migrateToLatest } from "../src/platform/db/migrate.js";
import { createMailer } from "../src/platform/mail/mailer.js";
import { enqueueMail } from "../src/platform/mail/outbox.js";
import { deliverDue } from "../src/platform/mail/outbox-delivery.js";

const MAILS = Number(process.env.BENCH_MAILS ?? 5000);
const POOL = Number(process.env.SMTP_POOL_SIZE ?? 5);

/** The sink runs in its own process, as a mail server would, so its work is not counted as ours. */
async function startSink() {
  const child = fork(join(import.meta.dirname, "smtp-sink.ts"), [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "pipe", "inherit", "ipc"],
  });
  const port = await new Promise<string>((resolve) =>
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      const match = /port (\d+)/.exec(chunk);
      if (match?.[1]) resolve(match[1]);
    }),
  );
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted: () =>
      new Promise<number>((resolve) => {
        child.once("message", (n) => resolve(Number(n)));
        child.send("count");
      }),
    close: () => child.kill("SIGTERM"),
  };
}

async function run(label: string, db: Db) {
  await migrateToLatest(db.kysely, db.kind === "postgres" ? schemaOf(db) : undefined);
  const body = "Nieuwe oproepen in uw thema's. ".repeat(60);
  await db.kysely.transaction().execute(async (trx) => {
    for (let n = 0; n < MAILS; n++)
      await enqueueMail(trx, {
        uniqueKey: `bench:${n}`,
        to: `member${n}@example.be`,
        subject: `Uw overzicht ${n}`,
        html: `<p>${body}</p>`,
        text: body,
        headers: { "List-Unsubscribe": `<https://subsidiegids.be/afmelden/${n}>` },
      });
  });
  const sink = await startSink();
  const mailer = createMailer({
    SMTP_URL: sink.url,
    SMTP_POOL_SIZE: POOL,
    MAIL_FROM: "Subsidiegids <noreply@subsidiegids.be>",
    DATA_DIR: "",
    BASE_URL: "https://subsidiegids.be",
  });
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let sent = 0;
  for (;;) {
    const report = await deliverDue({ db: db.kysely, mailer, now: () => new Date(), limit: 200 });
    sent += report.sent;
    if (report.leased === 0) break;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  mailer.close();
  const accepted = await sink.accepted();
  sink.close();
  const cpuMsPerMail = (cpu.user + cpu.system) / 1000 / sent;
  console.log(
    `| ${label} | ${MAILS} | ${POOL} | ${sent} | ${accepted} | ${seconds.toFixed(1)} | ${Math.round(sent / seconds)} | ${cpuMsPerMail.toFixed(2)} |`,
  );
}

const schemas = new WeakMap<Db, string>();
const schemaOf = (db: Db) => schemas.get(db);

console.log(
  `Node ${process.version}, load average before: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}\n`,
);
console.log(
  "| database | mails | pool | sent | sink accepted | seconds | mails/s | sender CPU ms/mail |\n|---|---|---|---|---|---|---|---|",
);
const dir = mkdtempSync(join(tmpdir(), "subsidiegids-bench-outbox-"));
const sqlite = connect(`sqlite:${join(dir, "bench.sqlite")}`);
try {
  await run("SQLite", sqlite);
} finally {
  await sqlite.close();
  rmSync(dir, { recursive: true, force: true });
}
const base = process.env.TEST_DATABASE_URL;
if (base) {
  const schema = `bench_outbox_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const postgres = connect(base, { schema });
  schemas.set(postgres, schema);
  try {
    await run("PostgreSQL", postgres);
  } finally {
    await postgres.close();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}
console.log(
  `\nload average after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
