import { readFileSync } from "node:fs";
import { get } from "node:http";
import autocannon from "autocannon";
import { startProcess } from "../test/support/processes.js";
import { type ServeProcess, startServeProcess } from "../test/support/serve-process.js";
import { fillCatalogue, postgresTarget } from "./bench-databases.js";
import { cpuOver, postgresProcesses } from "./process-cpu.js";
import { distinctSearchPaths } from "./search-paths.js";

/**
 * npm run bench:scale — PostgreSQL at BENCH_CALLS (100 000) calls, built like the search
 * benchmark's catalogue (BENCH_PG_DATABASE keeps it). For 1 and then 2 web processes
 * (`serve` with WEB_CONCURRENCY), each started afresh and warmed up: autocannon asks search
 * pages for distinct queries, none asked twice, so no page or result is served from a cache;
 * meanwhile a third process writes one call per second through the catalogue writer, and
 * each call's marker word is searched over new connections (which the cluster hands to its
 * processes in turn) until four answers in a row find it: the staleness is the time from the
 * writer's commit to the first of those. Prints pages per second, latency, errors,
 * staleness p50 / p99 and each process's memory, and how they compare with the targets.
 */
const CALLS = Number(process.env.BENCH_CALLS ?? 100_000);
const PG_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 30);
const CONNECTIONS = 32;
const WARM_UP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 240);
/** The phases, as numbers of web processes ("1,2"), and how often the writer writes a call. */
const PHASES = (process.env.BENCH_WEB_PROCESSES ?? "1,2").split(",").map(Number);
const WRITE_EVERY_MS = Number(process.env.BENCH_WRITE_EVERY_MS ?? 1000);
/** More Node options for the web processes, space-separated, e.g. "--cpu-prof --cpu-prof-dir=/tmp/profiles". */
const SERVE_NODE_ARGS = (process.env.BENCH_SERVE_NODE_ARGS ?? "").split(" ").filter(Boolean);
/** Answers in a row that must find a written call: with two processes taking turns, each answers twice. */
const STREAK = 4;

interface Phase {
  webProcesses: number;
  warmedUp: boolean;
  pagesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  writes: number;
  stalenessP50Ms: number;
  stalenessP99Ms: number;
  rssMb: Record<string, number>;
  /** CPU milliseconds per page over the load: the web processes, the cluster's primary, PostgreSQL, the writer, this benchmark. */
  cpuMsPerPage: Record<string, number>;
}

if (!PG_URL) throw new Error("bench:scale runs on PostgreSQL: set BENCH_DATABASE_URL or TEST_DATABASE_URL");
const target = await postgresTarget(PG_URL);
try {
  const built = await fillCatalogue(target, CALLS);
  if (built.generateSeconds)
    console.error(`[scale] catalogue built in ${Math.round(built.generateSeconds + built.indexSeconds)} s`);
  const paths = distinctSearchPaths();
  const phases: Phase[] = [];
  for (const webProcesses of PHASES) phases.push(await runPhase(target.url, webProcesses, paths));
  console.table(
    phases.map(({ rssMb, cpuMsPerPage, ...phase }) => ({
      ...phase,
      rssMb: JSON.stringify(rssMb),
      cpuMsPerPage: JSON.stringify(cpuMsPerPage),
    })),
  );
  const one = phases.find((phase) => phase.webProcesses === 1);
  const two = phases.find((phase) => phase.webProcesses === 2);
  // The targets compare the two phases: judged only when both ran (BENCH_WEB_PROCESSES left as it is).
  const targets = one &&
    two && {
      "staleness p99 <= 2000 ms": two.writes > 0 && two.stalenessP99Ms <= 2000,
      "2 processes >= 1.8x one": two.pagesPerSecond >= 1.8 * one.pagesPerSecond,
      "0 errors": one.errors + two.errors === 0,
      ">= 400 uncached pages/s with 2 processes": two.pagesPerSecond >= 400,
    };
  const ratio = one && two ? round1(two.pagesPerSecond / one.pagesPerSecond) : undefined;
  console.log(JSON.stringify({ calls: CALLS, seconds: SECONDS, ratio, phases, targets }));
} finally {
  await target.close();
}

async function runPhase(url: string, webProcesses: number, paths: string[]): Promise<Phase> {
  console.error(`[scale] ${webProcesses} web process(es): starting and warming up ...`);
  const server = await startServeProcess(
    {
      DATABASE_URL: url,
      WEB_CONCURRENCY: String(webProcesses),
      BASE_URL: "https://subsidiegids.example",
      PAGE_RATE_LIMIT: "1000000000",
      API_RATE_LIMIT: "1000000000",
      NODE_ENV: "production",
      SESSION_SECRET: "bench-".repeat(8),
      LOG_LEVEL: "info",
    },
    { compiled: true, nodeArgs: SERVE_NODE_ARGS },
  );
  try {
    // A starting server warms its posting cache in the background; the load waits for it, or WARM_UP_SECONDS at most.
    const warmedUp = await waitFor(() => countLines(server, "search cache warmed up") >= webProcesses, WARM_UP_SECONDS);
    const writer = startProcess(
      "test/support/call-writer.ts",
      ["--calls", String(SECONDS + 300), "--every", String(WRITE_EVERY_MS), "--words", "Schaalproef voor de zoekfunctie"],
      { DATABASE_URL: url },
    );
    const staleness: number[] = [];
    let probeErrors = 0;
    const probing = probeWrites(server, writer.child.stdout as NodeJS.ReadableStream, staleness, () => probeErrors++);
    // The load starts once the writer writes, so every second of it has a write beside it.
    await waitFor(() => staleness.length > 0, 300);
    let next = 0;
    const postgres = await postgresProcesses(url);
    const cpu = cpuOver({
      web: () => webPids(server),
      primary: () => (webProcesses > 1 && server.child.pid ? [server.child.pid] : []),
      ...(postgres ? { postgres } : {}),
      writer: () => (writer.child.pid ? [writer.child.pid] : []),
      bench: () => [process.pid],
    });
    const load = await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] as string }) }],
    });
    const spent = cpu();
    const rssMb = memoryOf(server, writer.child.pid);
    writer.child.kill("SIGTERM");
    await writer.exited;
    await probing;
    const sorted = staleness.sort((a, b) => a - b);
    return {
      webProcesses,
      warmedUp,
      pagesPerSecond: Math.round(load.requests.average),
      p50Ms: load.latency.p50,
      p99Ms: load.latency.p99,
      errors: load.non2xx + load.errors + load.timeouts + probeErrors,
      writes: sorted.length,
      stalenessP50Ms: percentile(sorted, 0.5),
      stalenessP99Ms: percentile(sorted, 0.99),
      rssMb,
      cpuMsPerPage: perPage(spent, load.requests.total),
    };
  } finally {
    await server.stop();
  }
}

/** For each call the writer commits, the time until the search pages find it STREAK times in a row. */
async function probeWrites(server: ServeProcess, out: NodeJS.ReadableStream, staleness: number[], failed: () => void) {
  const probes: Promise<void>[] = [];
  let buffered = "";
  for await (const chunk of out) {
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) {
      const written = JSON.parse(line) as { marker: string; committedAt: number };
      probes.push(
        timeToVisible(server, written.marker, written.committedAt).then(
          (ms) => void staleness.push(ms),
          () => failed(),
        ),
      );
    }
  }
  await Promise.all(probes);
}

async function timeToVisible(server: ServeProcess, marker: string, committedAt: number): Promise<number> {
  let streakFrom: number | undefined;
  let streak = 0;
  for (let tries = 0; tries < 2000; tries++) {
    const asked = Date.now();
    const found = (await fetchOnNewConnection(`${server.url}/zoeken?q=${marker}`)).includes(marker);
    if (!found) streak = 0;
    else if (streak++ === 0) streakFrom = asked;
    if (streak >= STREAK) return Math.max(0, (streakFrom as number) - committedAt);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${marker} never became visible`);
}

function fetchOnNewConnection(address: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(address, { agent: false }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        body += chunk;
      });
      response.on("end", () => (response.statusCode === 200 ? resolve(body) : reject(new Error(`${response.statusCode}`))));
    }).on("error", reject);
  });
}

/** The processes answering requests: the serve process itself, or the web processes its cluster started. */
function webPids(server: ServeProcess): number[] {
  const pids = new Set<number>();
  for (const line of server.output().split("\n")) {
    if (!line.includes("listening")) continue;
    const pid = (JSON.parse(line) as { pid?: number }).pid;
    if (pid) pids.add(pid);
  }
  const web = [...pids].filter((pid) => pid !== server.child.pid);
  return web.length > 0 ? web : [...pids];
}

function perPage(spentMs: Record<string, number>, pages: number): Record<string, number> {
  const shares = Object.fromEntries(Object.entries(spentMs).map(([name, ms]) => [name, round1(ms / Math.max(1, pages))]));
  return { ...shares, total: round1(Object.values(spentMs).reduce((a, b) => a + b, 0) / Math.max(1, pages)) };
}

/** Resident memory of the serve process, each web process it started, and the writer. */
function memoryOf(server: ServeProcess, writerPid: number | undefined): Record<string, number> {
  const rss = (pid: number | undefined) => {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
  };
  const memory: Record<string, number> = { serve: rss(server.child.pid) };
  const web = webPids(server).filter((pid) => pid !== server.child.pid);
  for (const [i, pid] of web.entries()) memory[`web${i + 1}`] = rss(pid);
  memory.writer = rss(writerPid);
  return memory;
}

function countLines(server: ServeProcess, text: string): number {
  return server
    .output()
    .split("\n")
    .filter((line) => line.includes(text)).length;
}

/** Whether the condition came true within the time. */
async function waitFor(condition: () => boolean, seconds: number): Promise<boolean> {
  const until = Date.now() + seconds * 1000;
  while (!condition()) {
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return true;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
