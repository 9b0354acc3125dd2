import { Hono } from "hono";
import { sql } from "kysely";
import type { AppDeps } from "../../app-deps.js";

/** Error codes that mean the database file itself is damaged, not that one query was wrong. */
const BROKEN = new Set(["SQLITE_CORRUPT", "SQLITE_NOTADB", "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY"]);

export interface DatabaseHealth {
  /** Called with every unhandled error: a damaged database makes the process not ready. */
  noteError(error: unknown): void;
  /** Set by the integrity check the serve command runs in the background. */
  noteIntegrity(problem: string | null): void;
  problem(): string | null;
  /**
   * Not ready until `warm` settles, or `atMostMs` has passed: a process whose caches are cold
   * answers its first hundred visitors in seconds instead of milliseconds, so a load balancer
   * waits for it; a warm-up that takes longer than that lets visitors in anyway.
   */
  warmingUntil(warm: Promise<unknown>, atMostMs: number): void;
  warming(): boolean;
}

export function databaseHealth(): DatabaseHealth {
  let seen: string | null = null;
  let warming = false;
  return {
    noteError(error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code === "string" && BROKEN.has(code)) seen ??= code;
    },
    noteIntegrity(problem) {
      if (problem) seen ??= problem;
    },
    problem: () => seen,
    warmingUntil(warm, atMostMs) {
      warming = true;
      const cap = setTimeout(() => (warming = false), atMostMs);
      cap.unref();
      const done = () => {
        clearTimeout(cap);
        warming = false;
      };
      warm.then(done, done);
    },
    warming: () => warming,
  };
}

/**
 * /healthz: the process answers. /readyz: it can serve pages, so a load balancer may send
 * visitors: a real query over the tables every page reads, no sign of a damaged database, and
 * the search caches warmed up.
 */
export function healthRoutes(deps: Pick<AppDeps, "db" | "log">, health: DatabaseHealth) {
  const app = new Hono();
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    c.header("Cache-Control", "no-store");
    if (health.problem()) return c.json({ status: "unavailable", reason: "database damaged" }, 503);
    if (health.warming()) {
      c.header("Retry-After", "1");
      return c.json({ status: "unavailable", reason: "warming up" }, 503);
    }
    try {
      await sql`select (select count(*) from themes) + (select count(*) from programmes) + (select count(*) from calls) + (select count(*) from search_documents) as n`.execute(
        deps.db.kysely,
      );
      return c.json({ status: "ready" });
    } catch (error) {
      health.noteError(error);
      deps.log.error({ err: error }, "readiness query failed");
      return c.json({ status: "unavailable", reason: "database unreachable" }, 503);
    }
  });
  return app;
}
