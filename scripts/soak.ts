import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { slowAnswers } from "./soak-slow-answers.js";
import { walk } from "./soak-walk.js";

/**
 * `npm run soak`: the real server (a separate `serve` process) on the demo guide plus the EU
 * portal feed, loaded with a mix of distinct searches, pages, API and feeds. First a closed
 * loop of SOAK_CONNECTIONS (200) for SOAK_SECONDS (600), then an open loop at a fixed
 * SOAK_RATE (150 requests/s) for SOAK_RATE_SECONDS (120), then a flood of feeds for distinct
 * searches over 20 connections for SOAK_FLOOD_SECONDS (60) while 5 connections read call pages
 * from a process of their own.
 * Prints throughput, latency percentiles, answers over 2 s, refusals (503, shed load) and
 * errors per phase, then which answers were slow (soak-slow-answers.ts).
 */
const seconds = Number(process.env.SOAK_SECONDS ?? 600);
const connections = Number(process.env.SOAK_CONNECTIONS ?? 200);
const rate = Number(process.env.SOAK_RATE ?? 150);
const rateSeconds = Number(process.env.SOAK_RATE_SECONDS ?? 120);
const floodSeconds = Number(process.env.SOAK_FLOOD_SECONDS ?? 60);
const root = fileURLToPath(new URL("..", import.meta.url));
const feed = resolve(root, "../shared/data/eu-ft/sedia-feed-2026-08-22.json");

const words = [
  "erasmus",
  "klimaat",
  "onderwijs",
  "digitaal",
  "kmo",
  "sme",
  "energie",
  "cultuur",
  "onderzoek",
  "innovatie",
  "jeugd",
  "gezondheid",
  "water",
  "mobiliteit",
  "landbouw",
  "inclusie",
  "opleiding",
  "vet",
  "horizon",
  "life",
  "esf",
  "creative",
  "media",
  "justice",
  "citizens",
  "partnership",
  "ai",
  "data",
  "space",
  "ocean",
];

function run(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(root, "src/main.ts"), ...args], {
      env: { ...process.env, ...env },
      stdio: "ignore",
    });
    child.once("exit", (code) => (code === 0 ? done() : fail(new Error(`${args.join(" ")} exited ${code}`))));
  });
}

function requests(slugs: string[]) {
  const mix: string[] = [];
  for (let i = 0; i < 400; i++) {
    const a = words[i % words.length] as string;
    const b = words[(i * 7 + 3) % words.length] as string;
    mix.push(`/zoeken?q=${a}+${b}&page=${(i % 3) + 1}`);
    mix.push(`/oproepen/${slugs[i % slugs.length]}`);
    mix.push(`/api/v1/calls?q=${b}&size=20`);
    if (i % 4 === 0) mix.push(`/oproepen/feed.rss?q=${a}`);
    if (i % 8 === 0) mix.push("/sitemap.xml");
    if (i % 5 === 0) mix.push("/");
  }
  return walk(mix);
}

/** Feeds, calendars and exports of three-word searches: more distinct ones than a flood can ask, so few come from a cache. */
function feedFlood() {
  const formats = ["/oproepen/feed.rss", "/zoeken/feed.atom", "/zoeken/agenda.ics", "/oproepen/export.csv"];
  const flood: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    const [a, b, c] = [i % words.length, Math.floor(i / words.length) % words.length, Math.floor(i / 900) % words.length];
    flood.push(`${formats[i % formats.length]}?q=${words[a]}+${words[b]}+${words[c]}`);
  }
  return walk(flood);
}

/**
 * Waits as a load balancer does: /readyz answers 200 once a process has warmed up. Each probe
 * is a new connection, which the cluster hands to its processes in turn, so twice as many
 * answers in a row as there are processes means every one of them is ready.
 */
async function ready(url: string, processes: number) {
  const probe = () =>
    new Promise<boolean>((done) =>
      get(`${url}/readyz`, { agent: false }, (res) => {
        res.resume();
        done(res.statusCode === 200);
      }).once("error", () => done(false)),
    );
  for (let streak = 0, i = 0; streak < 2 * processes; i++) {
    if (i > 2400) throw new Error("the server did not become ready within 10 minutes");
    streak = (await probe()) ? streak + 1 : 0;
    if (!streak) await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * autocannon holds a client at its rate by sending its share of a second's requests one after
 * the other as each second begins, and it starts every client of a run in the same millisecond:
 * at 150 requests/s over 50 connections the server got 150 requests at once each second (p50
 * 50 ms where 1 ms was due). So an open loop runs one autocannon per connection, started evenly
 * over a second: requests arrive at a steady rate, a few at a time.
 */
function perConnection(options: Partial<autocannon.Options>): { after: number; options: Partial<autocannon.Options> }[] {
  const connections = options.connections ?? 1;
  const rate = options.overallRate ?? 0;
  return Array.from({ length: connections }, (_, i) => ({
    after: (i * 1000) / connections,
    options: { ...options, connections: 1, overallRate: Math.floor(rate / connections) + (i < rate % connections ? 1 : 0) },
  }));
}

async function phase(label: string, url: string, options: Partial<autocannon.Options>) {
  const times: number[] = [];
  const slow = slowAnswers(performance.now());
  const runs = options.overallRate ? perConnection(options) : [{ after: 0, options }];
  const results = await Promise.all(
    runs.map(async (run) => {
      await new Promise((resolve) => setTimeout(resolve, run.after));
      return autocannon({
        url,
        timeout: 10,
        ...run.options,
        setupClient: (client) => {
          client.on("response", (_status: number, _bytes: number, ms: number) => times.push(ms));
          slow.follow(client);
        },
      } as autocannon.Options);
    }),
  );
  times.sort((x, y) => x - y);
  const at = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0);
  const sum = (of: (result: autocannon.Result) => number) => results.reduce((total, result) => total + of(result), 0);
  const codes = new Map<string, number>();
  for (const result of results) {
    for (const [code, s] of Object.entries(result.statusCodeStats ?? {})) {
      codes.set(code, (codes.get(code) ?? 0) + (s as { count: number }).count);
    }
  }
  console.info(
    `${label}: ${Math.round(sum((r) => r.requests.average))} req/s, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${Math.round(times.at(-1) ?? 0)} ms, over 2 s: ${times.filter((t) => t > 2000).length}, errors ${sum((r) => r.errors)}, timeouts ${sum((r) => r.timeouts)}; answers ${[...codes].map(([code, n]) => `${code}×${n}`).join(" ")}`,
  );
  for (const line of slow.report()) console.info(line);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "subsidiegids-soak-"));
  const env = {
    DATA_DIR: dir,
    LOG_LEVEL: "warn",
    HOST: "127.0.0.1",
    // One load generator on one address: without this the rate limit would answer most of it.
    PAGE_RATE_LIMIT: "1000000000",
    API_RATE_LIMIT: "1000000000",
    // Two web processes sharing the port, as on this two-core machine in production.
    WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? "2",
  };
  await run(["migrate"], env);
  await run(["import", "eu-ft", feed], env);
  const port = String(40_000 + Math.floor(Math.random() * 10_000));
  // What `npm start` runs, as production runs it.
  const server = spawn(process.execPath, ["--max-semi-space-size=32", join(root, "dist/main.js"), "serve", "--port", port], {
    env: {
      ...process.env,
      ...env,
      NODE_ENV: "production",
      SESSION_SECRET: randomBytes(32).toString("hex"),
      BASE_URL: "https://subsidiegids.example",
    },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  await ready(url, Number(env.WEB_CONCURRENCY));
  const { default: pg } = await import("better-sqlite3");
  const db = new pg(join(dir, "subsidiegids.sqlite"), { readonly: true });
  const slugs = (db.prepare("select slug from calls").all() as { slug: string }[]).map((r) => r.slug);
  db.close();
  console.info(
    `soak: ${slugs.length} calls; ${connections} connections for ${seconds} s, then ${rate} requests/s for ${rateSeconds} s`,
  );
  const mix = requests(slugs);
  await phase(`closed loop, ${connections} connections`, url, { connections, duration: seconds, requests: mix });
  await phase(`open loop, ${rate} requests/s`, url, { connections: 50, overallRate: rate, duration: rateSeconds, requests: mix });
  await Promise.all([
    phase("feed flood, 20 connections", url, { connections: 20, duration: floodSeconds, requests: feedFlood() }),
    callPagesApart(url, slugs),
  ]);
  server.kill("SIGTERM");
  await new Promise((r) => server.once("exit", r));
  rmSync(dir, { recursive: true, force: true });
}

/**
 * The call pages beside the flood, asked by a process of their own, as a visitor's browser is:
 * in the flood's process, the work of its client (a thousand answers a second) counted in their
 * latencies.
 */
function callPagesApart(url: string, slugs: string[]): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), CALL_PAGES, url], {
    env: process.env,
    stdio: ["pipe", "inherit", "inherit"],
  });
  child.stdin.end(JSON.stringify(slugs));
  return new Promise((done, fail) =>
    child.once("exit", (code) => (code === 0 ? done() : fail(new Error(`the call pages' client exited ${code}`)))),
  );
}

async function callPages(url: string) {
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  const slugs = JSON.parse(input) as string[];
  const requests = walk(slugs.map((slug) => `/oproepen/${slug}`));
  await phase("call pages beside the flood, 5 connections", url, { connections: 5, duration: floodSeconds, requests });
}

const CALL_PAGES = "--call-pages";

if (process.argv[2] === CALL_PAGES) await callPages(process.argv[3] as string);
else await main();
