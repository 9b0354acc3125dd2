import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { type ServeProcess, startServeProcess } from "../../../test/support/serve-process.js";

for (const dialect of DIALECTS) {
  describe(`rate limits across two web processes (${dialect})`, () => {
    let db: TestDb;
    let servers: ServeProcess[] = [];
    beforeAll(async () => {
      db = await createTestDb(dialect);
      const env = { DATABASE_URL: db.url, PAGE_RATE_LIMIT: "5", API_RATE_LIMIT: "3", TRUST_PROXY: "1" };
      servers = await Promise.all([startServeProcess(env), startServeProcess(env)]);
    }, 90_000);
    afterAll(async () => {
      await Promise.all(servers.map((s) => s.stop()));
      await db.destroy();
    });

    it("holds one limit per visitor whichever process answers", async () => {
      const ask = (i: number, path: string, client: string) =>
        fetch(`${servers[i % 2]?.url}${path}`, { headers: { "x-forwarded-for": client } }).then((r) => r.status);
      const pages = [];
      for (let i = 0; i < 8; i++) pages.push(await ask(i, "/", "203.0.113.10"));
      expect(pages).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
      const api = [];
      for (let i = 0; i < 5; i++) api.push(await ask(i, "/api/v1/themes", "203.0.113.10"));
      expect(api).toEqual([200, 200, 200, 429, 429]);
      expect(await ask(1, "/", "203.0.113.11")).toBe(200);
    });
  });
}
