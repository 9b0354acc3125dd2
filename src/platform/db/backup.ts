import { existsSync } from "node:fs";
import { resolve } from "node:path";
import SQLite from "better-sqlite3";
import type { Config } from "../../config.js";

export type BackupResult = { ok: true; pages: number } | { ok: false; message: string };

/**
 * A consistent copy of the database while the site keeps serving: SQLite's online backup
 * copies page by page and starts again over pages a writer changes meanwhile. PostgreSQL has
 * its own tool for that; the answer says which and how, without the password.
 */
export async function backupDatabase(config: Pick<Config, "DATABASE_URL" | "databaseKind">, file: string): Promise<BackupResult> {
  if (config.databaseKind === "postgres") {
    const url = config.DATABASE_URL.replace(/(\/\/[^/:@]*:)[^@/]*@/, "$1***@");
    return {
      ok: false,
      message: `On PostgreSQL use pg_dump: pg_dump --format=custom --file ${file} "${url}" (restore with pg_restore --clean --dbname "${url}" ${file}).`,
    };
  }
  const target = resolve(file);
  if (existsSync(target))
    return { ok: false, message: `${target} exists already; name a new file, a backup never overwrites one.` };
  const source = new SQLite(config.DATABASE_URL.slice("sqlite:".length), { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await source.backup(target);
    return { ok: true, pages: totalPages };
  } finally {
    source.close();
  }
}
