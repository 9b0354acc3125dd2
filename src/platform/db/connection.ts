import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { CamelCasePlugin, CompiledQuery, type Driver, Kysely, type LogConfig, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database } from "./schema.js";
import { withStatementCache } from "./statement-cache.js";

export type DialectKind = "sqlite" | "postgres";

export interface Db {
  kysely: Kysely<Database>;
  kind: DialectKind;
  close(): Promise<void>;
}

// PostgreSQL returns bigint (count(*)) and numeric as strings; both fit comfortably in a JS number here.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));

export interface ConnectOptions {
  /** PostgreSQL only: a schema of its own, and only it (not public), so parallel test files never see each other's rows and a process left running after its schema is dropped fails instead of writing elsewhere. */
  schema?: string;
  /** SQLite only: how long a write waits for another process's write lock (default 5 s). */
  busyTimeoutMs?: number;
  /** Kysely's query log, e.g. to count the queries a request makes. */
  log?: LogConfig;
}

export function connect(url: string, options: ConnectOptions = {}): Db {
  return url.startsWith("sqlite:") ? connectSqlite(url.slice("sqlite:".length), options) : connectPostgres(url, options);
}

function connectSqlite(path: string, options: ConnectOptions): Db {
  if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true });
  const database = new SQLite(path);
  database.pragma("journal_mode = WAL");
  database.pragma("foreign_keys = ON");
  database.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  database.pragma("synchronous = NORMAL");
  // Search reads rows all over a large file; mapping it saves a system call per page (a third of the time at 100 000 calls).
  database.pragma("mmap_size = 1073741824");
  const kysely = new Kysely<Database>({
    dialect: new SqliteWriteTransactions({ database: withStatementCache(database) }),
    plugins: [new CamelCasePlugin()],
    ...(options.log ? { log: options.log } : {}),
  });
  return { kysely, kind: "sqlite", close: () => kysely.destroy() };
}

/**
 * A transaction begun as "read write" takes SQLite's write lock at its start. Begun
 * deferred, a save in one process could read a record, lose the lock to another process's
 * save of it, and then fail on "database is locked" instead of finding the version it read
 * gone; taken at the start, saves from several processes simply queue (busy_timeout).
 */
class SqliteWriteTransactions extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    const begin = driver.beginTransaction.bind(driver);
    driver.beginTransaction = async (connection, settings) => {
      if (settings.accessMode === "read write") await connection.executeQuery(CompiledQuery.raw("begin immediate"));
      else await begin(connection, settings);
    };
    return driver;
  }
}

function connectPostgres(url: string, options: ConnectOptions): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  const kysely = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
    ...(options.log ? { log: options.log } : {}),
  });
  return { kysely, kind: "postgres", close: () => kysely.destroy() };
}
