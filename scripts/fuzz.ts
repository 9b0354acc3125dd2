import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../src/app.js";
import { parseConfig, servedConfig } from "../src/config.js";
import { startWebServer } from "../src/platform/http/web-server.js";
import { openRuntime } from "../src/runtime.js";

/**
 * `npm run fuzz`: generated hostile requests over every route of the real app on the demo
 * guide, warmed up as a server is before /readyz lets visitors in, served on a real port. Fails (exit 1) on any 5xx, a payload reflected unescaped, a
 * stack trace, or an answer slower than a second. FUZZ_REQUESTS (10 000) and FUZZ_SEED change the run.
 */
const total = Number(process.env.FUZZ_REQUESTS ?? 10_000);
let seed = Number(process.env.FUZZ_SEED ?? 20261201);
const random = () => {
  // mulberry32: the same seed gives the same requests.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const MARK = "zqx7";
const hostile = [
  `<script>alert('${MARK}')</script>`,
  `"><img src=x onerror=alert('${MARK}')>`,
  `'${MARK}--`,
  `${MARK}' OR '1'='1`,
  `${MARK}"; DROP TABLE calls; --`,
  "%ZZ%00%",
  "\u0000\u0001\u001f",
  "//evil.example/phish",
  "/\\evil.example",
  "javascript:alert(1)",
  "../../../../etc/passwd",
  "a".repeat(5000),
  "-1",
  "0",
  "99999999999999999999",
  "1e309",
  "NaN",
  "[]",
  "{}",
  "🙂🙃".repeat(50),
  "ê\u0301\u200b\u202e",
  "*",
  '"erasmus"',
  "-",
  "OR AND NOT",
  'ESF+ -kmo "sociale economie"',
  "ERASMUS-EDU-2024-PEX-COVE",
];
const params = [
  "q",
  "status",
  "theme",
  "programme",
  "beneficiary",
  "page",
  "size",
  "sort",
  "terug",
  "next",
  "view",
  "month",
  "window",
  "partners",
  "type",
  "lang",
  "language",
  "format",
  "from",
  "to",
  "x",
];
const headerSets: Record<string, () => string>[] = [
  {},
  { "accept-language": () => pick(["en", "nl-BE", "fr;q=0.9", "*", "x".repeat(300), "en;q=abc"]) },
  { referer: () => pick(["http://localhost//evil.example/phish", "javascript:alert(1)", `http://x/<${MARK}>`]) },
  { "x-forwarded-for": () => pick(["1.2.3.4", "not-an-ip", "::1, 10.0.0.1", "a".repeat(500)]) },
  { cookie: () => pick(["sid=garbage", "__Host-sid=%ZZ", `x=${"y".repeat(3000)}`, "; ; ="]) },
  { "if-none-match": () => pick(['"abc"', "*", 'W/"x"', "garbage"]) },
  { "if-modified-since": () => pick(["yesterday", "Thu, 01 Jan 1970 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT"]) },
  { accept: () => pick(["application/json", "text/html", "*/*;q=garbage", ""]) },
];

function hostileValue(): string {
  return random() < 0.15 ? `${pick(hostile)}${pick(hostile)}` : pick(hostile);
}

function pathFor(route: string, slugs: string[]): string {
  return route.replace(/:[a-zA-Z]+(\{[^}]*\})?/g, () => encodeURIComponent(random() < 0.5 ? pick(slugs) : hostileValue()));
}

function queryString(): string {
  const count = Math.floor(random() * 4);
  const search = new URLSearchParams();
  for (let i = 0; i < count; i++) search.append(pick(params), hostileValue());
  const text = search.toString();
  return text ? `?${text}${random() < 0.05 ? "&%ZZ=%" : ""}` : "";
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "subsidiegids-fuzz-"));
  const parsed = parseConfig({
    DATA_DIR: dir,
    LOG_LEVEL: "silent",
    PAGE_RATE_LIMIT: "100000000",
    API_RATE_LIMIT: "100000000",
  });
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  const runtime = await openRuntime(parsed.config, { seed: true });
  // As a server is before /readyz lets visitors in: the first search builds the translator and the snapshot.
  await runtime.search.warmUp({ now: runtime.now() });
  const server = await startWebServer({
    port: 0,
    host: "127.0.0.1",
    handler: (port) => buildApp({ ...runtime, config: servedConfig(parsed.config, port) }).fetch,
    log: runtime.log,
    drainMs: 5000,
  });
  const base = `http://127.0.0.1:${server.port}`;
  const app = buildApp(runtime);
  const routes = [...new Set(app.routes.filter((r) => r.method === "GET" && !r.path.includes("*")).map((r) => r.path))];
  const slugs = (await runtime.db.kysely.selectFrom("calls").select("slug").execute()).map((r) => r.slug);
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  let slowest = 0;
  let done = 0;

  async function one() {
    const route = pick(routes);
    const method = random() < 0.08 ? pick(["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"]) : "GET";
    const url = `${base}${pathFor(route, slugs)}${queryString()}`;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(pick(headerSets))) headers[name] = value();
    const started = performance.now();
    let status = 0;
    let body = "";
    try {
      const res = await fetch(url, { method, headers, redirect: "manual" });
      status = res.status;
      body = method === "HEAD" ? "" : await res.text();
    } catch (error) {
      failures.push(`${method} ${url}: ${(error as Error).message}`);
      return;
    }
    const ms = performance.now() - started;
    slowest = Math.max(slowest, ms);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const why = [
      status >= 500 && status !== 503 ? `status ${status}` : "",
      /<script>alert\('zqx7'\)|<img src=x onerror=alert\('zqx7'\)>/.test(body) ? "payload reflected unescaped" : "",
      /\n\s+at .+:\d+:\d+/.test(body) ? "stack trace" : "",
      ms > 1000 ? `took ${Math.round(ms)} ms` : "",
    ].filter(Boolean);
    if (why.length) failures.push(`${method} ${url.slice(0, 200)}: ${why.join(", ")}`);
  }

  const started = performance.now();
  const workers = Array.from({ length: 8 }, async () => {
    while (done < total) {
      done++;
      await one();
    }
  });
  await Promise.all(workers);
  const seconds = (performance.now() - started) / 1000;
  await server.drain();
  await runtime.close();
  rmSync(dir, { recursive: true, force: true });

  console.info(`fuzz: ${total} requests over ${routes.length} routes in ${seconds.toFixed(1)} s`);
  console.info(
    `statuses: ${[...statuses]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `${s}×${n}`)
      .join(" ")}`,
  );
  console.info(`slowest answer: ${Math.round(slowest)} ms; failures: ${failures.length}`);
  for (const line of failures.slice(0, 30)) console.info(`  ${line}`);
  process.exit(failures.length ? 1 : 0);
}

await main();
