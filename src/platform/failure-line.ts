import { dirname, resolve } from "node:path";
import type { Config } from "../config.js";

/** sysexits(3): what a script or service manager can tell apart. */
const EXIT = { config: 78, data: 65, input: 66, unavailable: 69, software: 1 } as const;

export interface Failure {
  line: string;
  exitCode: number;
}

/**
 * A failure that stops a command, as one line for the operator: what went wrong, which
 * variable or path it concerns, and what to do; never a stack trace, never a secret, never
 * raw bytes from a file.
 */
export function failureLine(error: unknown, config: Config | undefined): Failure {
  const code = String((error as { code?: unknown })?.code ?? "");
  const message = printable((error as { message?: unknown })?.message ?? error);
  const file = config?.databaseKind === "sqlite" ? resolve(config.DATABASE_URL.slice("sqlite:".length)) : undefined;
  const where = file ? dirname(file) : "the data folder";
  const path = (error as { path?: unknown })?.path;
  // The database's own folders are DATA_DIR's business; any other path is something a command was given.
  if (typeof path === "string" && !(file && `${file}/`.startsWith(`${resolve(path)}/`))) {
    return {
      line: `Cannot read ${printable(path)} (${code}); check that it exists and that this user may read it.`,
      exitCode: EXIT.input,
    };
  }
  if (code === "EACCES" || code === "EPERM" || code === "EROFS" || code === "SQLITE_READONLY" || code === "SQLITE_CANTOPEN") {
    return {
      line: `DATA_DIR: cannot write the database in ${where} (${code}); make the folder writable for this user, or set DATA_DIR to one that is.`,
      exitCode: EXIT.config,
    };
  }
  if (code === "ENOTDIR" || code === "EEXIST") {
    return {
      line: `DATA_DIR: ${where} is not a folder (${code}); point DATA_DIR at a folder, or remove the file in its way.`,
      exitCode: EXIT.config,
    };
  }
  if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT") {
    return {
      line: `DATABASE_URL: ${file ?? "the database"} is damaged or not an SQLite database (${code}); restore a backup (subsidiegids backup makes one), or move the file away to start with an empty guide.`,
      exitCode: EXIT.data,
    };
  }
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "ETIMEDOUT" || code === "28P01" || code === "3D000") {
    return {
      line: `DATABASE_URL: PostgreSQL cannot be used (${code}: ${message}); check that the server runs and that the address, user and database are right.`,
      exitCode: EXIT.unavailable,
    };
  }
  return { line: `Subsidiegids stopped: ${message}`, exitCode: EXIT.software };
}

/** One line of plain text at most 300 characters long, whatever the error carried. */
export function printable(value: unknown): string {
  const text = String(value)
    .replace(/(\/\/[^/:@\s]*:)[^@/\s]*@/g, "$1***@")
    // Control characters, undecodable bytes and their escapes, as a binary file would bring them.
    .replace(/[^\P{C}\n]|\uFFFD|\\u[0-9a-fA-F]{4}|\\[bfnrtv]/gu, "?")
    .replace(/\S*\?\S*\?\S*/g, "…")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
