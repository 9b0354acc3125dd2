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
}

export function databaseHealth(): DatabaseHealth {
  let seen: string | null = null;
  return {
    noteError(error) {
      const code = (error as { code?: unknown }).code;
      if (typeof code === "string" && BROKEN.has(code)) seen ??= code;
    },
    noteIntegrity(problem) {
      if (problem) seen ??= problem;
    },
    problem: () => seen,
  };
}

/**
 * /healthz: the process answers. /readyz: it can serve pages, so a load balancer may send
 * visitors: a real query over the tables every page reads, and no sign of a damaged database.
 */
export function healthRoutes(deps: Pick<AppDeps, "db" | "log">, health: DatabaseHealth) {
  const app = new Hono();
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    c.header("Cache-Control", "no-store");
    if (health.problem()) return c.json({ status: "unavailable", reason: "database damaged" }, 503);
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
