import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type ConnectOptions, connect, type Db, type DialectKind } from "../../src/platform/db/connection.js";
import { migrateToLatest } from "../../src/platform/db/migrate.js";

/**
 * The databases every database test runs against: SQLite always, PostgreSQL when
 * TEST_DATABASE_URL is set. Each test database is fresh (a new file, or a new schema).
 */
export const DIALECTS: DialectKind[] = process.env.TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];

export interface TestDb extends Db {
  /** The URL that reaches this database (for a server or CLI started by the test). */
  url: string;
  schema: string | undefined;
  destroy(): Promise<void>;
}

export async function createTestDb(
  kind: DialectKind,
  options: { migrate?: boolean; log?: ConnectOptions["log"] } = {},
): Promise<TestDb> {
  const db = kind === "sqlite" ? await sqliteDb(options.log) : await postgresDb(options.log);
  if (options.migrate !== false) await migrateRacingOthers(db);
  return db;
}

/**
 * Kysely's migrator looks for its table by listing the tables of every schema, a query that
 * fails when another test file drops its schema or a column at that moment ("schema ... does
 * not exist"). Only that listing is retried: a migration that ran is recorded and not run twice.
 */
async function migrateRacingOthers(db: TestDb, attempt = 1): Promise<void> {
  try {
    await migrateToLatest(db.kysely, db.schema);
  } catch (error) {
    const racing = db.schema !== undefined && /does not exist/.test(String(error)) && attempt < 5;
    if (!racing) throw error;
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    await migrateRacingOthers(db, attempt + 1);
  }
}

async function sqliteDb(log: ConnectOptions["log"]): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), "subsidiegids-test-"));
  const url = `sqlite:${join(dir, "test.sqlite")}`;
  const db = connect(url, { log });
  return {
    ...db,
    url,
    schema: undefined,
    destroy: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresDb(log: ConnectOptions["log"]): Promise<TestDb> {
  const base = process.env.TEST_DATABASE_URL as string;
  const schema = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const db = connect(base, { schema, log });
  const url = `${base}${base.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    ...db,
    url,
    schema,
    destroy: async () => {
      await db.close();
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}
