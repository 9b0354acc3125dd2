import { Agent, request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { type ServeProcess, startServeProcess } from "../../../test/support/serve-process.js";

interface Answer {
  status: number;
  body: string;
  connection: string | undefined;
}

/** A GET over a given agent (to keep a connection open across a shutdown); `connected` once the server has the connection. */
function send(url: string, agent?: Agent): { connected: Promise<void>; answer: Promise<Answer> } {
  let connected: () => void = () => {};
  const connection = new Promise<void>((resolve) => {
    connected = resolve;
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    const req = httpRequest(url, { agent }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }));
    });
    req.on("socket", (socket) => (socket.connecting ? socket.once("connect", connected) : connected()));
    req.on("error", reject);
    req.end();
  });
  return { connected: connection, answer };
}

const get = (url: string, agent?: Agent) => send(url, agent).answer;

const until = async (check: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
};

for (const dialect of DIALECTS) {
  describe(`serve as an operator runs it (${dialect})`, () => {
    let db: TestDb;
    let server: ServeProcess;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      // The drain is under test here, not the shedding (load-shedding.test.ts): twenty searches at once on a loaded
      // machine would keep the process busy longer than MAX_LOOP_DELAY_MS and the last of them would be refused.
      server = await startServeProcess({ DATABASE_URL: db.url, SEED_DEMO: "true", PORT: "0", MAX_LOOP_DELAY_MS: "60000" });
    }, 90_000);
    afterAll(async () => {
      await server.stop();
      await db.destroy();
    });

    it("links to the port it actually serves when BASE_URL is not set", async () => {
      const port = new URL(server.url).port;
      const home = await get(`${server.url}/`);
      expect(home.body).toContain(`<link rel="canonical" href="http://127.0.0.1:${port}/"`);
      const sitemap = await get(`${server.url}/sitemap.xml`);
      expect(sitemap.body).toContain(`<loc>http://127.0.0.1:${port}/`);
      expect(sitemap.body).not.toContain("localhost:3000");
      const api = await get(`${server.url}/api/v1/openapi.json`);
      expect(api.body).toContain(`http://127.0.0.1:${port}/api/v1`);
    });

    it("on SIGTERM finishes every accepted request, answers /readyz 503 while draining, and exits 0", async () => {
      // A running site: the search cache has warmed up, as it has long before any deploy.
      await until(() => server.output().includes("search cache warmed up"), 30_000);
      const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });
      expect((await get(`${server.url}/readyz`, keepAlive)).status).toBe(200);
      const inFlight = Array.from({ length: 20 }, (_, i) =>
        send(`${server.url}/${i % 2 ? "zoeken" : "oproepen"}?q=${["erasmus", "klimaat", "onderwijs", "digitaal"][i % 4]}${i}`),
      );
      // Every connection accepted, most requests not yet answered (and some not yet read).
      await Promise.all(inFlight.map((r) => r.connected));
      server.child.kill("SIGTERM");
      await until(() => server.output().includes("draining"));
      const readiness = await get(`${server.url}/readyz`, keepAlive);
      expect(readiness.status).toBe(503);
      expect(readiness.connection).toBe("close");
      const answers = await Promise.all(inFlight.map((r) => r.answer));
      expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
      expect(await server.exited).toBe(0);
      keepAlive.destroy();
    });
  });
}
