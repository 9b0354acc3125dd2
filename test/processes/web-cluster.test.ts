import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../support/dialects.js";
import { type ServeProcess, startServeProcess } from "../support/serve-process.js";

/** The JSON lines a process logged that have the given message. */
function logged(server: ServeProcess, message: string): Record<string, unknown>[] {
  return server
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry.msg === message || String(entry.msg).startsWith(message));
}

async function until(condition: () => boolean, what: string) {
  for (let tries = 0; !condition(); tries++) {
    if (tries > 600) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

for (const dialect of DIALECTS) {
  describe(`serve with several web processes (${dialect})`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await createTestDb(dialect, { migrate: false });
    });
    afterAll(() => db.destroy());

    it("shares one port among WEB_CONCURRENCY processes and stops all of them on SIGTERM", { timeout: 180_000 }, async () => {
      // Shutdown is under test, not the shedding (load-shedding.test.ts), which a loaded machine would set off.
      const server = await startServeProcess({
        DATABASE_URL: db.url,
        WEB_CONCURRENCY: "2",
        SEED_DEMO: "true",
        MAX_LOOP_DELAY_MS: "60000",
      });
      await until(() => logged(server, "Subsidiegids is listening").length === 2, "two web processes");
      const listening = logged(server, "Subsidiegids is listening");
      expect(new Set(listening.map((entry) => entry.port)).size).toBe(1);

      const pages = await Promise.all(
        Array.from({ length: 24 }, (_, i) => fetch(`${server.url}/zoeken?q=erasmus&page=${(i % 3) + 1}`)),
      );
      expect(pages.map((page) => page.status)).toEqual(pages.map(() => 200));
      await Promise.all(pages.map((page) => page.text()));
      const answeredBy = new Set(logged(server, "request").map((entry) => entry.pid));
      expect(answeredBy).toEqual(new Set(listening.map((entry) => entry.pid)));
      // A scrape reaching either process counts the requests of both.
      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      const pagesCounted = /subsidiegids_http_request_duration_seconds_count\{kind="page",method="GET",status="2xx"\} (\d+)/.exec(
        metrics,
      );
      expect(Number(pagesCounted?.[1])).toBeGreaterThanOrEqual(24);
      expect(metrics).toContain("subsidiegids_nodejs_eventloop_lag_p99_seconds");
      // The demo guide was filled once, by the first process alone.
      expect(logged(server, "empty database filled with the demo guide")).toHaveLength(1);

      expect(await server.stop()).toBe(0);
      const stopped = new Set(logged(server, "stopped").map((entry) => entry.pid));
      for (const pid of answeredBy) expect(stopped).toContain(pid);
    });
  });
}
