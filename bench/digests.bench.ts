/**
 * Digests: 100 000 members with 5 follows each (4 themes out of 200, 1 call) and 2 000 new or
 * changed calls (1 500 new, 500 with a moved deadline) in one day. Times building every digest
 * into the outbox (one run of `alerts run`) in wall-clock and CPU time, reads the run's peak
 * resident memory (the kernel's high-water mark, reset after seeding), then sends BENCH_SEND of the built mails into a local SMTP sink (bench/smtp-sink.ts, its own
 * process) through the outbox's delivery. SQLite; with BENCH_DATABASE=postgres a fresh
 * database on BENCH_DATABASE_URL or TEST_DATABASE_URL's server. The catalogue is written with
 * bulk inserts, not through the catalogue writer: only the digest run is measured.
 *
 *   npm run bench:digests                  (BENCH_MEMBERS=100000, BENCH_SEND=5000 by default)
 *   BENCH_CPU_PROFILE=run.cpuprofile ...   also writes a CPU profile of the run alone
 */
import { fork } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { runDigests } from "../src/modules/alerts/digest-run.js";
import { createSearchService } from "../src/modules/search/search.service.js";
import { connect } from "../src/platform/db/connection.js";
import { migrateToLatest } from "../src/platform/db/migrate.js";
import { createMailer } from "../src/platform/mail/mailer.js";
import { deliverDue } from "../src/platform/mail/outbox-delivery.js";
import { postgresTarget } from "./bench-databases.js";

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 100_000);
const SEND = Number(process.env.BENCH_SEND ?? 5000);
const THEMES = 200;
const NEW_CALLS = 1500;
const CHANGED_CALLS = 500;
const DAY = "2027-03-10";
const AT = new Date("2027-03-10T07:30:00+01:00");

const dir = mkdtempSync(join(tmpdir(), "digests-bench-"));
const onPostgres = process.env.BENCH_DATABASE === "postgres";
const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (onPostgres && !pgUrl) throw new Error("BENCH_DATABASE=postgres: set BENCH_DATABASE_URL or TEST_DATABASE_URL");
const pgTarget = onPostgres ? await postgresTarget(pgUrl as string) : undefined;
const db = pgTarget?.db ?? connect(`sqlite:${join(dir, "bench.sqlite")}`);
await migrateToLatest(db.kysely);
const k = db.kysely;

async function inChunks<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** The catalogue and members, in a function of their own so its arrays are garbage before the run starts. */
async function seed(): Promise<{ follows: number; calls: number }> {
  const themes = Array.from({ length: THEMES }, (_, i) => ({ slug: `thema-${i}`, nameNl: `Thema ${i}`, nameEn: `Theme ${i}` }));
  await k.insertInto("themes").values(themes).execute();
  const old = "2027-01-01T09:00:00.000Z";
  const fresh = "2027-03-09T12:00:00.000Z";
  const calls = Array.from({ length: NEW_CALLS + CHANGED_CALLS }, (_, i) => {
    const isNew = i < NEW_CALLS;
    const at = isNew ? fresh : old;
    return {
      slug: `oproep-${i}`,
      title: `Oproep ${i} voor kmo's en scholen`,
      publishedAt: at,
      createdAt: at,
      updatedAt: fresh,
      ownThemes: 1,
      ownBeneficiaries: 1,
    };
  });
  await inChunks(calls, 500, (chunk) => k.insertInto("calls").values(chunk).execute());
  const callIds = (await k.selectFrom("calls").select("id").orderBy("id").execute()).map((c) => c.id);
  await inChunks(
    callIds.map((callId, i) => ({ callId, themeId: (i % THEMES) + 1 })),
    2000,
    (chunk) => k.insertInto("callThemes").values(chunk).execute(),
  );
  await inChunks(
    callIds.map((callId) => ({
      callId,
      position: 0,
      dueOn: "2027-06-30",
      dueTime: null,
      dueAt: "2027-06-30T21:59:59.999Z",
      label: null,
    })),
    1000,
    (chunk) => k.insertInto("callDeadlines").values(chunk).execute(),
  );
  const changed = callIds.slice(NEW_CALLS);
  await inChunks(
    changed.map((entityId) => ({
      entityType: "call",
      entityId,
      kind: "updated" as const,
      field: "deadlines",
      oldValue: JSON.stringify([{ date: "2027-05-31", time: null, label: null }]),
      newValue: JSON.stringify([{ date: "2027-06-30", time: null, label: null }]),
      actor: "bench",
      createdAt: fresh,
    })),
    1000,
    (chunk) => k.insertInto("changeRecords").values(chunk).execute(),
  );
  const users = Array.from({ length: MEMBERS }, (_, i) => ({
    email: `lid${i}@example.be`,
    passwordHash: "x",
    verifiedAt: old,
    createdAt: old,
  }));
  await inChunks(users, 2000, (chunk) => k.insertInto("users").values(chunk).execute());
  const follows = [];
  for (let userId = 1; userId <= MEMBERS; userId++) {
    for (let f = 0; f < 4; f++)
      follows.push({ userId, subjectType: "theme" as const, subjectId: ((userId * 7 + f * 53) % THEMES) + 1, createdAt: old });
    follows.push({ userId, subjectType: "call" as const, subjectId: changed[userId % CHANGED_CALLS] as number, createdAt: old });
  }
  await inChunks(follows, 5000, (chunk) =>
    k
      .insertInto("follows")
      .values(chunk)
      .onConflict((oc) => oc.doNothing())
      .execute(),
  );
  return { follows: follows.length, calls: callIds.length };
}

const seedStart = performance.now();
const seeded = await seed();
await pgTarget?.settle();
console.log(
  `seeded ${MEMBERS} members, ${seeded.follows} follows, ${seeded.calls} calls in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
);

const withSeeding = process.resourceUsage().maxRSS * 1024;
// The kernel's high-water mark of resident memory, reset after seeding so it is the run's own
// (a timer sampling RSS would not fire while SQLite's synchronous statements keep the event loop busy).
writeFileSync("/proc/self/clear_refs", "5");
const profiler = process.env.BENCH_CPU_PROFILE ? new Session() : undefined;
if (profiler) {
  profiler.connect();
  await profiler.post("Profiler.enable");
  await profiler.post("Profiler.start");
}
const built = performance.now();
const buildCpu = process.cpuUsage();
const report = await runDigests(
  { db: k, search: createSearchService(db), baseUrl: "https://subsidiegids.be", digestHour: 7 },
  AT,
);
const buildSeconds = (performance.now() - built) / 1000;
const { user, system } = process.cpuUsage(buildCpu);
const memory = residentMemory();
if (profiler) {
  const { profile } = await profiler.post("Profiler.stop");
  writeFileSync(process.env.BENCH_CPU_PROFILE as string, JSON.stringify(profile));
  profiler.disconnect();
}
const { heapUsed, external } = process.memoryUsage();
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
console.log(
  `${db.kind}: built ${report.built} digests (${report.empty} empty) for ${DAY} in ${buildSeconds.toFixed(1)} s ` +
    `(${Math.round(report.built / buildSeconds)} digests/s), CPU ${((user + system) / 1e6).toFixed(1)} s (system ${(system / 1e6).toFixed(1)} s) ` +
    `(${((user + system) / 1000 / Math.max(1, report.built)).toFixed(2)} ms a digest)`,
);
console.log(
  `memory: peak RSS of the run ${mb(memory.peak)} MB (with seeding ${mb(Math.max(withSeeding, memory.peak))} MB); ` +
    `at its end RSS ${mb(memory.rss)} MB, of which mapped file pages ${mb(memory.file)} MB, ` +
    `heap and buffers ${mb(heapUsed + external)} MB`,
);

const size = await k
  .selectFrom("outboxBodies")
  .select((eb) => eb.fn.avg<number>(sql<number>`length(html_body) + length(text_body)`).as("bytes"))
  .executeTakeFirst();
console.log(`a digest is ${Math.round(Number(size?.bytes ?? 0) / 1024)} KB on average (HTML and text parts)`);

const sink = fork(join(import.meta.dirname, "smtp-sink.ts"), [], {
  execArgv: ["--import", "tsx"],
  stdio: ["ignore", "pipe", "inherit", "ipc"],
});
const port = await new Promise<string>((resolve) =>
  sink.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    const match = /port (\d+)/.exec(chunk);
    if (match?.[1]) resolve(match[1]);
  }),
);
const mailer = createMailer({
  SMTP_URL: `smtp://127.0.0.1:${port}`,
  MAIL_FROM: "Subsidiegids <noreply@subsidiegids.be>",
  DATA_DIR: dir,
  SMTP_POOL_SIZE: 5,
});
const sendStart = performance.now();
const sendCpu = process.cpuUsage();
let sent = 0;
while (sent < SEND) {
  const batch = await deliverDue({ db: k, mailer, now: () => new Date(), limit: Math.min(200, SEND - sent) });
  sent += batch.sent;
  if (batch.leased === 0) break;
}
const sendSeconds = (performance.now() - sendStart) / 1000;
const sendUsage = process.cpuUsage(sendCpu);
console.log(
  `sent ${sent} digests into the SMTP sink in ${sendSeconds.toFixed(1)} s: ${Math.round(sent / sendSeconds)} mails/s, ` +
    `sender CPU ${((sendUsage.user + sendUsage.system) / 1000 / Math.max(1, sent)).toFixed(2)} ms a mail`,
);
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
console.log(
  `targets: build < 60 s ${buildSeconds < 60 ? "met" : "NOT met"}, peak < 500 MB ${memory.peak < 500 * 1024 * 1024 ? "met" : "NOT met"}, >= 200 mails/s ${sent / sendSeconds >= 200 ? "met" : "NOT met"}`,
);
sink.kill("SIGTERM");
mailer.close();
await (pgTarget ? pgTarget.close() : db.close());
rmSync(dir, { recursive: true, force: true });
process.exit(0);

/** Resident memory as /proc/self/status gives it, in bytes: the high-water mark, now, and the part that is mapped files. */
function residentMemory(): { peak: number; rss: number; file: number } {
  const status = readFileSync("/proc/self/status", "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0) * 1024;
  return { peak: kb("VmHWM"), rss: kb("VmRSS"), file: kb("RssFile") };
}
