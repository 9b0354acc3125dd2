import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import MiniSearch from "minisearch";
import pg from "pg";
import { createSearchService } from "../src/modules/search/search.service.js";
import { connect, type Db } from "../src/platform/db/connection.js";
import { migrateToLatest } from "../src/platform/db/migrate.js";
import { generateCatalogue } from "./search-catalogue-generator.js";
import { queryMix } from "./search-query-mix.js";

/**
 * npm run bench:search — builds a 100 000-call catalogue per backend (each in its own
 * process, so peak memory is its own), times a fixed mix of searches with facets in
 * process, and prints the figures side by side with MiniSearch as an in-memory reference.
 * BENCH_CALLS changes the size; BENCH_DATABASE_URL or TEST_DATABASE_URL adds PostgreSQL.
 */
const CALLS = Number(process.env.BENCH_CALLS ?? 100_000);
const PG_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const ROUNDS = 2;

interface Figures {
  backend: string;
  calls: number;
  queries: number;
  generateSeconds: number;
  indexSeconds: number;
  firstSearchMs: number;
  p50: number;
  p95: number;
  p99: number;
  averageHits: number;
  sizeMb: number | null;
  peakRssMb: number;
}

const backend = process.argv[2];
if (backend) {
  const figures = backend === "minisearch" ? await runMiniSearch() : await runDatabase(backend as "sqlite" | "postgres");
  console.log(`RESULT ${JSON.stringify(figures)}`);
} else {
  const rows: Figures[] = [];
  for (const name of ["sqlite", ...(PG_URL ? ["postgres"] : []), "minisearch"]) {
    console.error(`[bench] ${name}: ${CALLS} calls ...`);
    try {
      const out = execFileSync(process.execPath, ["--import", "tsx", new URL(import.meta.url).pathname, name], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
        maxBuffer: 1 << 24,
      });
      const line = out.split("\n").find((l) => l.startsWith("RESULT "));
      if (line) rows.push(JSON.parse(line.slice("RESULT ".length)));
    } catch (error) {
      console.error(`[bench] ${name} failed: ${(error as Error).message}`);
    }
  }
  console.table(rows);
  console.log(JSON.stringify(rows));
}

async function runDatabase(kind: "sqlite" | "postgres"): Promise<Figures> {
  const target = kind === "sqlite" ? sqliteTarget() : await postgresTarget();
  try {
    const db = target.db;
    await migrateToLatest(db.kysely);
    let started = performance.now();
    await generateCatalogue(db.kysely, CALLS);
    const generateSeconds = (performance.now() - started) / 1000;
    const service = createSearchService(db);
    started = performance.now();
    await service.reindexAll();
    const indexSeconds = (performance.now() - started) / 1000;
    const now = new Date("2025-06-02T08:00:00Z");
    started = performance.now();
    await service.search({ q: "" }, now);
    const firstSearchMs = performance.now() - started;
    const mix = queryMix();
    const times: number[] = [];
    let hits = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const query of mix) {
        const t = performance.now();
        const result = await service.search(query, now);
        times.push(performance.now() - t);
        hits += result.total;
      }
    }
    return {
      backend: kind,
      calls: CALLS,
      queries: times.length,
      generateSeconds: round1(generateSeconds),
      indexSeconds: round1(indexSeconds),
      firstSearchMs: round1(firstSearchMs),
      ...percentiles(times),
      averageHits: Math.round(hits / times.length),
      sizeMb: round1((await target.size()) / 1e6),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
  } finally {
    await target.close();
  }
}

function sqliteTarget() {
  const dir = mkdtempSync(join(tmpdir(), "subsidiegids-bench-"));
  const file = join(dir, "bench.sqlite");
  const db = connect(`sqlite:${file}`);
  return {
    db,
    size: async () => {
      await sql`pragma wal_checkpoint(truncate)`.execute(db.kysely);
      return statSync(file).size;
    },
    close: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A database of its own, so the benchmark neither sees nor leaves anything in the one it was pointed at. */
async function postgresTarget() {
  const name = `subsidiegids_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(PG_URL as string);
  url.pathname = `/${name}`;
  const db: Db = connect(url.toString());
  return {
    db,
    size: async () => {
      const { rows } = await admin.query("select pg_database_size($1)::bigint as bytes", [name]);
      return Number(rows[0].bytes);
    },
    close: async () => {
      await db.close();
      await admin.query(`drop database ${name}`);
      await admin.end();
    },
  };
}

/** The same catalogue and query mix in MiniSearch, entirely in memory, as a reference. */
async function runMiniSearch(): Promise<Figures> {
  const db = connect("sqlite::memory:");
  await migrateToLatest(db.kysely);
  let started = performance.now();
  await generateCatalogue(db.kysely, CALLS);
  const generateSeconds = (performance.now() - started) / 1000;
  const rows = await db.kysely
    .selectFrom("calls")
    .select(["id", "title", "code", "introduction", "objectives", "closesAt", "isRolling", "language"])
    .execute();
  await db.close();
  started = performance.now();
  const index = new MiniSearch({
    fields: ["title", "code", "introduction", "objectives"],
    storeFields: ["closesAt", "isRolling", "language"],
  });
  index.addAll(rows);
  const indexSeconds = (performance.now() - started) / 1000;
  const now = Date.parse("2025-06-02T08:00:00Z");
  const isOpen = (r: { closesAt?: string | null; isRolling?: number }) =>
    r.isRolling === 1 || !r.closesAt || Date.parse(r.closesAt) >= now;
  const times: number[] = [];
  let hits = 0;
  const mix = queryMix();
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of mix) {
      const t = performance.now();
      const filter = (r: Record<string, unknown>) =>
        (!query.statuses?.length || isOpen(r)) && (!query.languages?.length || query.languages.includes(r.language as "nl"));
      const results = index.search(query.q?.replaceAll('"', "") || MiniSearch.wildcard, {
        combineWith: "AND",
        prefix: (_term, i, terms) => i === terms.length - 1,
        fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : 0),
        boost: { title: 3, code: 3, introduction: 1.5 },
        filter,
      });
      const facet = new Map<string, number>();
      for (const r of results) facet.set(String(r.language), (facet.get(String(r.language)) ?? 0) + 1);
      times.push(performance.now() - t);
      hits += results.length;
    }
  }
  return {
    backend: "minisearch (in memory, reference)",
    calls: CALLS,
    queries: times.length,
    generateSeconds: round1(generateSeconds),
    indexSeconds: round1(indexSeconds),
    firstSearchMs: 0,
    ...percentiles(times),
    averageHits: Math.round(hits / times.length),
    sizeMb: null,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

function percentiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => round1(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
