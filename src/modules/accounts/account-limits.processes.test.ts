import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { visitorClient } from "../../../test/support/http-client.js";
import { type ServeProcess, startServeProcess } from "../../../test/support/serve-process.js";
import { visibleText } from "../../../test/support/test-app.js";

/** A visitor talking to one real web process over HTTP. */
const over = (server: ServeProcess) =>
  visitorClient({ request: (url: string, init?: RequestInit) => fetch(url, init) }, server.url);

for (const dialect of DIALECTS) {
  describe(`login limits across two web processes (${dialect})`, () => {
    let db: TestDb;
    let servers: ServeProcess[] = [];
    beforeAll(async () => {
      db = await createTestDb(dialect);
      const env = { DATABASE_URL: db.url, TRUST_PROXY: "0" };
      servers = await Promise.all([startServeProcess(env), startServeProcess(env)]);
    }, 90_000);
    afterAll(async () => {
      await Promise.all(servers.map((s) => s.stop()));
      await db?.destroy();
    });

    it("counts the attempts on one address in both processes, and says so in the visitor's language", async () => {
      const [a, b] = servers.map(over) as [ReturnType<typeof over>, ReturnType<typeof over>];
      await a.get("/inloggen");
      await b.get("/en/login");
      const statuses = [];
      for (let i = 0; i < 10; i++) {
        const client = i % 2 === 0 ? a : b;
        const res = await client.post(i % 2 === 0 ? "/inloggen" : "/en/login", {
          email: "doelwit@example.be",
          password: `gok ${i}`,
        });
        statuses.push(res.status);
      }
      expect(statuses).toEqual(Array(10).fill(400));
      const refusedNl = await a.post("/inloggen", { email: "doelwit@example.be", password: "nog een gok" });
      expect(refusedNl.status).toBe(429);
      expect(visibleText(await refusedNl.text())).toMatch(/Te veel pogingen\. Probeer het over \d+ minuten opnieuw\./);
      const refusedEn = await b.post("/en/login", { email: "doelwit@example.be", password: "one more guess" });
      expect(refusedEn.status).toBe(429);
      expect(visibleText(await refusedEn.text())).toMatch(/Too many attempts\. Please try again in \d+ minutes\./);
      // Another address from the same visitor is not refused: the limit is per address as well as per client.
      expect((await b.post("/en/login", { email: "iemand-anders@example.be", password: "een gok" })).status).toBe(400);
    }, 60_000);
  });
}
