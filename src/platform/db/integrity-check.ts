import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

const driver = createRequire(import.meta.url).resolve("better-sqlite3");

// Plain CommonJS, so the thread needs no TypeScript loader.
const source = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.path, { readonly: true, fileMustExist: true });
  const rows = db.pragma("quick_check(1)", { simple: false });
  const first = rows[0] && Object.values(rows[0])[0];
  parentPort.postMessage(first === "ok" ? null : String(first));
} catch (error) {
  parentPort.postMessage(String(error && error.message ? error.message : error));
} finally {
  if (db) db.close();
}
`;

/**
 * SQLite's quick_check of a database file, in a thread of its own: it reads every page, which
 * on a large file would hold the event loop for seconds. Resolves null when the file is sound,
 * or the first problem found.
 */
export function checkSqliteIntegrity(path: string): Promise<string | null> {
  return new Promise((resolve) => {
    const worker = new Worker(source, { eval: true, workerData: { driver, path } });
    worker.once("message", (problem: string | null) => resolve(problem));
    worker.once("error", (error) => resolve(error.message));
  });
}
