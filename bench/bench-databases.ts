import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { createSearchService } from "../src/modules/search/search.service.js";
import { connect, type Db } from "../src/platform/db/connection.js";
import { migrateToLatest } from "../src/platform/db/migrate.js";
import { generateCatalogue } from "./search-catalogue-generator.js";

/** The benchmark catalogues' databases, shared by the search and scale benchmarks. */

/**
 * A fresh SQLite file, or with BENCH_SQLITE_FILE one that is kept: built on the first run,
 * reused as it is by the next (generation and index build are then not timed).
 */
export async function sqliteTarget() {
  const kept = process.env.BENCH_SQLITE_FILE;
  const dir = kept ? undefined : mkdtempSync(join(tmpdir(), "subsidiegids-bench-"));
  const file = kept ?? join(dir as string, "bench.sqlite");
  const reused = kept !== undefined && existsSync(kept);
  const db = connect(`sqlite:${file}`);
  // A bulk load of a hundred thousand documents wants a larger page cache than the default 2 MB.
  await sql`pragma cache_size = -262144`.execute(db.kysely);
  await sql`pragma temp_store = memory`.execute(db.kysely);
  // After the bulk load the pages are in the write-ahead log, read there without the memory map until a write
  // restarts the log; a running server's file has them in place.
  const checkpoint = () => sql`pragma wal_checkpoint(truncate)`.execute(db.kysely);
  return {
    db,
    /** The address of the benchmark's database, for a runtime opened on it. */
    url: `sqlite:${file}`,
    reused,
    settle: checkpoint,
    size: async () => {
      await checkpoint();
      return statSync(file).size;
    },
    close: async () => {
      await db.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A database of its own, so the benchmark neither sees nor leaves anything in the one it was
 * pointed at; with BENCH_PG_DATABASE one of that name that is kept: built on the first run,
 * reused as it is by the next (like BENCH_SQLITE_FILE).
 */
export async function postgresTarget(serverUrl: string) {
  const kept = process.env.BENCH_PG_DATABASE;
  if (kept !== undefined && !/^[a-z_][a-z0-9_]*$/.test(kept))
    throw new Error("BENCH_PG_DATABASE: lower-case letters, digits and _");
  const name = kept ?? `subsidiegids_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const { rowCount } = await admin.query("select 1 from pg_database where datname = $1", [name]);
  const reused = kept !== undefined && rowCount === 1;
  if (!reused) await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db: Db = connect(url.toString());
  return {
    db,
    /** The address of the benchmark's database, for processes started on it. */
    url: url.toString(),
    reused,
    // What autovacuum does to a freshly loaded table sooner or later: visibility and planner statistics.
    settle: () => sql`vacuum analyze`.execute(db.kysely),
    size: async () => {
      const { rows } = await admin.query("select pg_database_size($1)::bigint as bytes", [name]);
      return Number(rows[0].bytes);
    },
    close: async () => {
      await db.close();
      if (kept === undefined) await admin.query(`drop database ${name}`);
      await admin.end();
    },
  };
}

type Target = Awaited<ReturnType<typeof sqliteTarget>>;

/**
 * Brings the target's schema up to date and, unless it is a kept catalogue, fills it with the
 * generated calls and their search index, settled as a running server's database would be.
 */
export async function fillCatalogue(target: Target, calls: number) {
  await migrateToLatest(target.db.kysely);
  if (target.reused) return { generateSeconds: 0, indexSeconds: 0 };
  let started = performance.now();
  await generateCatalogue(target.db.kysely, calls);
  const generateSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await createSearchService(target.db).reindexAll();
  await target.settle();
  return { generateSeconds, indexSeconds: (performance.now() - started) / 1000 };
}
