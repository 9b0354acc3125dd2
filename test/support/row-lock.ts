import SQLite from "better-sqlite3";
import pg from "pg";
import type { TestDb } from "./dialects.js";

export interface HeldLock {
  /** PostgreSQL: how many other sessions wait for this lock right now. */
  waiting(): Promise<number>;
  release(): Promise<void>;
}

/**
 * Holds a record the way a slow save would, so saves started meanwhile all read it first and
 * then race for it: on PostgreSQL a row lock, on SQLite the database's write lock.
 */
export async function holdRecord(db: TestDb, table: string, id: number): Promise<HeldLock> {
  if (db.kind === "sqlite") {
    const connection = new SQLite(db.url.slice("sqlite:".length));
    connection.exec("begin immediate");
    return {
      waiting: async () => 0,
      release: async () => {
        connection.exec("commit");
        connection.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query("begin");
  await client.query(`select id from ${table} where id = $1 for update`, [id]);
  const { rows } = await client.query<{ xid: string; relation: number }>(
    `select backend_xid::text as xid, $1::regclass::oid::int as relation from pg_stat_activity where pid = pg_backend_pid()`,
    [table],
  );
  const { xid, relation } = rows[0] ?? { xid: "", relation: 0 };
  return {
    async waiting() {
      // The first save waits for this transaction, the next ones for the row's lock, which the first holds.
      const result = await client.query<{ n: number }>(
        `select count(distinct pid)::int as n from pg_locks
         where not granted and ((locktype = 'transactionid' and transactionid::text = $1) or (locktype = 'tuple' and relation = $2))`,
        [xid, relation],
      );
      return result.rows[0]?.n ?? 0;
    },
    async release() {
      await client.query("commit");
      await client.end();
    },
  };
}

/** Resolves once `count` sessions wait for the lock (at once on SQLite, which cannot tell). */
export async function untilWaiting(lock: HeldLock, count: number, kind: TestDb["kind"]): Promise<void> {
  if (kind === "sqlite") return;
  while ((await lock.waiting()) < count) await new Promise((resolve) => setTimeout(resolve, 20));
}
