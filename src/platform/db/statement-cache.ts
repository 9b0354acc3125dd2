import type SQLite from "better-sqlite3";
import type { SqliteDatabase } from "kysely";

/**
 * better-sqlite3 as Kysely's SQLite dialect uses it, but keeping the prepared statements of
 * the most recent SQL texts: Kysely prepares every query afresh, which compiles the SQL again
 * and leaves a native statement per query for the garbage collector. Sharing a statement is
 * safe because Kysely runs one query at a time on its one SQLite connection, a streamed query
 * until its last row.
 */
export function withStatementCache(database: SQLite.Database, size = 200): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement) statements.delete(sql);
      else statement = database.prepare(sql);
      // Most recently used last, so the first is the one to let go.
      statements.set(sql, statement);
      if (statements.size > size) statements.delete(statements.keys().next().value as string);
      return statement;
    },
  };
}
