import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { loadavg } from "node:os";
import { getRequestListener } from "@hono/node-server";
import { buildApp } from "../src/app.js";
import { parseConfig } from "../src/config.js";
import { openRuntime } from "../src/runtime.js";
import { fillCatalogue, postgresTarget, sqliteTarget } from "./bench-databases.js";
import { cpuOver, postgresProcesses } from "./process-cpu.js";
import { distinctSearchPaths } from "./search-paths.js";

/**
 * npm run bench:pages — what an uncached search page costs, in one process: the real app
 * (`openRuntime`, `buildApp`) on the benchmark catalogue (PostgreSQL with BENCH_DATABASE_URL,
 * BENCH_PG_DATABASE keeping it; SQLite otherwise, BENCH_SQLITE_FILE keeping it; BENCH_CALLS
 * calls, 100 000 by default), warmed up as `serve` warms up, then BENCH_PAGES (3000) distinct
 * search pages through `app.request`, 4 at a time, after BENCH_WARM_PAGES (200) others. Prints pages per second, CPU milliseconds
 * per page of this process and of the PostgreSQL server (when it runs on this machine),
 * database queries per page and p50 / p99. BENCH_CPU_PROFILE=file writes a CPU profile of the
 * pages alone; BENCH_QUERIES=1 lists the statements the pages made most often.
 */
const CALLS = Number(process.env.BENCH_CALLS ?? 100_000);
const PAGES = Number(process.env.BENCH_PAGES ?? 3000);
const AT_ONCE = 4;
const WARM_PAGES = Number(process.env.BENCH_WARM_PAGES ?? 200);
const PG_URL = process.env.BENCH_DATABASE_URL;

const target = PG_URL ? await postgresTarget(PG_URL) : await sqliteTarget();
try {
  const built = await fillCatalogue(target, CALLS);
  if (built.generateSeconds)
    console.error(`[pages] catalogue built in ${Math.round(built.generateSeconds + built.indexSeconds)} s`);
  const parsed = parseConfig({
    DATABASE_URL: target.url,
    BASE_URL: "https://subsidiegids.example",
    NODE_ENV: "production",
    SESSION_SECRET: "bench-".repeat(8),
    LOG_LEVEL: "silent",
    SEED_DEMO: "false",
    // One client asks every page: a limit would measure the refusals.
    PAGE_RATE_LIMIT: "1000000000",
    // Requests made in process follow each other within a turn of the event loop, which would read as a stalled loop.
    MAX_LOOP_DELAY_MS: "60000",
    ...(process.env.SEARCH_TEXT_CACHE_MB ? { SEARCH_TEXT_CACHE_MB: process.env.SEARCH_TEXT_CACHE_MB } : {}),
  });
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  let counting = false;
  let queries = 0;
  const statements = new Map<string, number>();
  const runtime = await openRuntime(parsed.config, {
    queryLog: (event) => {
      if (!counting || event.level !== "query") return;
      queries++;
      // One line per statement, whatever the length of its lists.
      const text = event.query.sql.replace(/\s+/g, " ").replace(/\((?:\?|\$\d+)(?:, (?:\?|\$\d+))*\)/g, "(…)");
      statements.set(text, (statements.get(text) ?? 0) + 1);
    },
  });
  try {
    const started = performance.now();
    const warm = await runtime.search.warmUp({ now: runtime.now() });
    console.error(`[pages] warmed up in ${Math.round((performance.now() - started) / 1000)} s: ${warm.words} words`);
    const app = buildApp(runtime);
    // The Node.js server puts its light Request and Response in place of the global ones, which a
    // page's answer is then made of: the same here, though the requests do not go through a socket.
    getRequestListener(app.fetch);
    const distinct = distinctSearchPaths();
    const paths = distinct.slice(0, PAGES);
    if (distinct.length < PAGES + WARM_PAGES) throw new Error(`only ${distinct.length} distinct search pages`);
    // Pages of their own first, as a server's first visitors ask: what is made at the first use (the
    // dictionaries of the words asked, compiled code) is not a page's cost.
    await askAll(app, distinct.slice(-WARM_PAGES), []);

    const postgres = PG_URL ? await postgresProcesses(target.url) : null;
    const profiler = process.env.BENCH_CPU_PROFILE ? new Session() : undefined;
    if (profiler) {
      profiler.connect();
      await profiler.post("Profiler.enable");
      await profiler.post("Profiler.start");
    }
    const serverCpu = cpuOver(postgres ? { postgres } : {});
    const cpu = process.cpuUsage();
    const load = loadavg()[0] as number;
    counting = true;
    const times: number[] = [];
    const begun = performance.now();
    const failed = await askAll(app, paths, times);
    const seconds = (performance.now() - begun) / 1000;
    counting = false;
    const { user, system } = process.cpuUsage(cpu);
    const server = serverCpu();
    if (profiler) {
      const { profile } = await profiler.post("Profiler.stop");
      writeFileSync(process.env.BENCH_CPU_PROFILE as string, JSON.stringify(profile));
      profiler.disconnect();
    }
    times.sort((a, b) => a - b);
    const figures = {
      database: runtime.db.kind,
      calls: CALLS,
      pages: PAGES,
      failed,
      pagesPerSecond: round1(PAGES / seconds),
      cpuMsPerPage: round1((user + system) / 1000 / PAGES),
      postgresCpuMsPerPage: server.postgres === undefined ? null : round1(server.postgres / PAGES),
      queriesPerPage: round1(queries / PAGES),
      p50Ms: round1(percentile(times, 0.5)),
      p99Ms: round1(percentile(times, 0.99)),
      loadAverage: round1(load),
    };
    if (process.env.BENCH_QUERIES) {
      const top = [...statements].sort((a, b) => b[1] - a[1]).slice(0, 15);
      for (const [text, count] of top) console.error(`${round1(count / PAGES)} per page: ${text.slice(0, 160)}`);
    }
    console.log(JSON.stringify(figures));
  } finally {
    await runtime.close();
  }
} finally {
  await target.close();
}

/** The pages, AT_ONCE at a time, with each one's time in `times`; returns how many did not answer 200. */
async function askAll(app: ReturnType<typeof buildApp>, paths: string[], times: number[]): Promise<number> {
  // What the Node.js server hands every request: the visitor's socket, which the rate limit counts by.
  const served = { incoming: { socket: { remoteAddress: "192.0.2.1", remotePort: 40000, remoteFamily: "IPv4" } } };
  let next = 0;
  let failed = 0;
  const ask = async () => {
    while (next < paths.length) {
      const path = paths[next++] as string;
      const asked = performance.now();
      const res = await app.request(path, undefined, served);
      await res.text();
      if (res.status !== 200) failed++;
      times.push(performance.now() - asked);
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, ask));
  return failed;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
