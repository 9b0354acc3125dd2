/**
 * Start-up: time from spawning the server to its first 200 on the home page, on a fresh
 * data folder (create, migrate, fill the demo guide) and on an existing one, the CPU time the
 * server had used by then (what the wall time comes to on an idle machine; on a busy one the
 * wall time also holds the waits for a core), and the resident memory once it has sat idle
 * for 10 s. The compiled entry `npm start` runs beside the
 * TypeScript sources through tsx (`npm run dev`). Median of 3 runs; SQLite.
 *
 *   npm run build && npm run bench:start
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";

const RUNS = 3;
const IDLE_SECONDS = 10;
const root = resolve(import.meta.dirname, "..");
const entries = [
  { label: "compiled (npm start)", args: ["--max-semi-space-size=32", "dist/main.js", "serve"] },
  { label: "sources through tsx (npm run dev)", args: ["--max-semi-space-size=32", "--import", "tsx", "src/main.ts", "serve"] },
];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

async function start(args: string[], dataDir: string) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "silent", NODE_ENV: "development" },
    stdio: "ignore",
  });
  for (;;) {
    const status = await fetch(`http://127.0.0.1:${port}/`).then(
      (res) => res.status,
      () => 0,
    );
    if (status === 200) break;
    await new Promise((done) => setTimeout(done, 20));
  }
  const firstMs = performance.now() - started;
  const cpuMs = cpuMsOf(child.pid as number);
  await new Promise((done) => setTimeout(done, IDLE_SECONDS * 1000));
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1];
  const exited = new Promise((done) => child.once("exit", done));
  child.kill("SIGTERM");
  await exited;
  return { firstMs, cpuMs, rssMb: Number(rss) / 1024 };
}

/** User and system time of a process, all its threads, from /proc (in ticks of 1/100 s, Linux's USER_HZ). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");
console.log(`Node ${process.version}, ${RUNS} runs, medians; load average ${load()}\n`);
console.log("| entry | data folder | first 200 (s) | CPU by then (s) | idle RSS (MB) |\n|---|---|---|---|---|");
for (const entry of entries) {
  for (const state of ["fresh", "existing"] as const) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const dataDir = mkdtempSync(join(tmpdir(), "subsidiegids-start-"));
      if (state === "existing") await start(entry.args, dataDir);
      runs.push(await start(entry.args, dataDir));
      rmSync(dataDir, { recursive: true, force: true });
    }
    const first = median(runs.map((r) => r.firstMs)) / 1000;
    const cpu = median(runs.map((r) => r.cpuMs)) / 1000;
    const rss = median(runs.map((r) => r.rssMb));
    console.log(`| ${entry.label} | ${state} | ${first.toFixed(2)} | ${cpu.toFixed(2)} | ${rss.toFixed(0)} |`);
  }
}
console.log(`\nload average at the end: ${load()}`);
