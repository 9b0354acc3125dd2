import { type LogConfig, sql } from "kysely";
import pino, { type Logger } from "pino";
import type { AppDeps } from "./app-deps.js";
import type { Config } from "./config.js";
import { seedDemoIfEmpty } from "./modules/demo/seed-demo.js";
import { type CatalogueWriter, createCatalogueWriter } from "./modules/history/catalogue-writer.js";
import { createSearchService } from "./modules/search/search.service.js";
import { connect, type Db } from "./platform/db/connection.js";
import { migrateToLatest } from "./platform/db/migrate.js";
import { databaseHealth } from "./platform/http/health.js";
import { loadShedding } from "./platform/http/load-shedding.js";
import { createRateLimitStore } from "./platform/http/rate-limit-store.js";
import { createMailer } from "./platform/mail/mailer.js";
import { createMetrics } from "./platform/metrics/metrics.js";
import { watchQueues } from "./platform/metrics/queue-gauges.js";

/** JSON lines on stdout for the server; commands pass 2 so their own output stays alone on stdout. */
export function createLogger(config: Config, fd: 1 | 2 = 1): Logger {
  // The pid tells apart the web processes of one server (WEB_CONCURRENCY).
  return pino(
    { level: config.LOG_LEVEL, base: { service: "subsidiegids", pid: process.pid } },
    pino.destination({ fd, sync: true }),
  );
}

/**
 * Opens the database, brings its schema up to date and builds the shared dependencies.
 * Every entry point (web, worker, CLI) starts here, so they all see the same setup.
 */
export async function openRuntime(
  config: Config,
  options: {
    seed?: boolean;
    migrate?: boolean;
    log?: Logger;
    now?: () => Date;
    /** Kysely's query log on the main connection, e.g. for a benchmark that counts a page's queries. */
    queryLog?: LogConfig;
  } = {},
): Promise<AppDeps & { close(): Promise<void> }> {
  const log = options.log ?? createLogger(config);
  // A fixed clock (browser tests, screenshots) keeps statuses and countdowns stable.
  const now = options.now ?? (() => new Date());
  const db = connect(config.DATABASE_URL, options.queryLog ? { log: options.queryLog } : {});
  if (options.migrate !== false) {
    const { applied } = await migrateToLatest(db.kysely, await currentSchema(db));
    if (applied.length) log.info({ applied }, "database migrated");
  }
  const metrics = createMetrics({ processMetrics: true });
  watchQueues(metrics, db.kysely, now);
  const service = createSearchService(db, {
    cacheBytes: config.SEARCH_CACHE_MB * 1024 * 1024,
    textBytes: config.SEARCH_TEXT_CACHE_MB * 1024 * 1024,
    resultEntries: config.SEARCH_RESULT_CACHE_ENTRIES,
  });
  const search = {
    ...service,
    search: (...args: Parameters<typeof service.search>) => metrics.time("search", () => service.search(...args)),
  };
  // Every catalogue write updates the search index in its own transaction.
  const writer: CatalogueWriter = createCatalogueWriter(db.kysely, [search.indexer]);
  if (options.seed && config.SEED_DEMO) {
    if (await seedDemoIfEmpty(db.kysely, writer, now())) log.info("empty database filled with the demo guide");
  }
  // better-sqlite3 waits for a lock on the event loop: counters get a connection that never
  // waits, so a long import in another process skips counting instead of stalling every page.
  const counters = db.kind === "sqlite" ? connect(config.DATABASE_URL, { busyTimeoutMs: 0 }) : db;
  const rateLimits = createRateLimitStore(counters.kysely);
  const mailer = createMailer(config);
  const close = async () => {
    mailer.close();
    if (counters !== db) await counters.close();
    await db.close();
  };
  return {
    config,
    db,
    writer,
    search,
    rateLimits,
    health: databaseHealth(),
    load: loadShedding({
      maxInFlight: config.MAX_IN_FLIGHT,
      maxLoopDelayMs: config.MAX_LOOP_DELAY_MS,
      costlyInProgress: config.MAX_COSTLY_IN_PROGRESS,
    }),
    log,
    mailer,
    metrics,
    now,
    close,
  };
}

/**
 * On PostgreSQL the migrator's bookkeeping is looked up in the schema the connection writes to:
 * left to itself it finds the bookkeeping tables of any schema in the database and then misses
 * its own.
 */
async function currentSchema(db: Db): Promise<string | undefined> {
  if (db.kind !== "postgres") return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db.kysely);
  return rows[0]?.schema;
}
