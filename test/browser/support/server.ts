import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { buildApp } from "../../../src/app.js";
import { parseConfig } from "../../../src/config.js";
import { openRuntime } from "../../../src/runtime.js";
import { createTestDb, type TestDb } from "../../support/dialects.js";

/** The moment the demo guide is seeded and served at, so statuses, countdowns and screenshots never drift. */
export const DEMO_NOW = new Date("2026-11-23T10:00:00.000Z");

export interface DemoServer {
  /** http://127.0.0.1:<port>, without a trailing slash. */
  url: string;
  /** The demo database, for a test that needs a member (a user and a session) on the site. */
  db: TestDb;
  close(): Promise<void>;
}

/**
 * The real site on a free port: a fresh SQLite file, migrated and filled with the demo
 * guide through the same runtime `npm start` uses, behind @hono/node-server. `env` adds to
 * its configuration, e.g. SMTP_URL of a test inbox.
 */
export async function startDemoServer(env: Record<string, string> = {}): Promise<DemoServer> {
  const db = await createTestDb("sqlite");
  const parsed = parseConfig({
    DATABASE_URL: db.url,
    BASE_URL: "http://localhost:3000",
    LOG_LEVEL: "silent",
    SEED_DEMO: "true",
    ...env,
  });
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  const runtime = await openRuntime(parsed.config, { seed: true, now: () => DEMO_NOW });
  const server = serve({ fetch: buildApp(runtime).fetch, port: 0, hostname: "127.0.0.1" });
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets from the browser would otherwise hold the server open.
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
      await runtime.close();
      await db.destroy();
    },
  };
}
