import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { createTestApp, visibleText } from "../../../test/support/test-app.js";
import { connect } from "../db/connection.js";
import { createRateLimitStore } from "./rate-limit-store.js";

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 23, 10, 0, seconds));

for (const dialect of DIALECTS) {
  describe(`shared rate limits (${dialect})`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await createTestDb(dialect);
    });
    afterAll(() => db.destroy());

    it("allows the limit per window, refuses the rest with the wait, and starts again when the window is over", async () => {
      const store = createRateLimitStore(db.kysely);
      const answers = [];
      for (const second of [0, 10, 20, 30]) answers.push(await store.hit("login:a@example.be", 3, 60, at(second)));
      expect(answers.map((a) => a.allowed)).toEqual([true, true, true, false]);
      expect(answers.map((a) => a.remaining)).toEqual([2, 1, 0, 0]);
      expect(answers[3]?.retryAfterSeconds).toBe(30);
      expect(await store.hit("login:b@example.be", 3, 60, at(30))).toMatchObject({ allowed: true, remaining: 2 });
      expect(await store.hit("login:a@example.be", 3, 60, at(60))).toMatchObject({ allowed: true, remaining: 2 });
    });

    it("counts exactly when two connections hit the same key at once", async () => {
      const other = connect(db.url);
      try {
        const stores = [createRateLimitStore(db.kysely), createRateLimitStore(other.kysely)];
        const hits = await Promise.all(
          Array.from({ length: 40 }, (_, i) => stores[i % 2]?.hit("burst", 25, 60, at(1)) ?? Promise.reject()),
        );
        expect(hits.filter((h) => h.allowed)).toHaveLength(25);
      } finally {
        await other.close();
      }
    });

    it("lets a visitor far from the limit through without a write per request, counted in every process", async () => {
      let writes = 0;
      const counted = connect(db.url, {
        log: (event) => {
          if (event.level === "query" && event.query.sql.includes("rate_limits")) writes++;
        },
      });
      try {
        const store = createRateLimitStore(counted.kysely);
        const answers = [];
        for (let i = 0; i < 2000; i++) answers.push(await store.hit("pages:far", 100_000, 60, at(1)));
        expect(answers.every((a) => a.allowed)).toBe(true);
        expect(answers.map((a) => a.remaining).slice(0, 3)).toEqual([99_999, 99_998, 99_997]);
        expect(writes).toBeLessThanOrEqual(5);
        // Another process counts against the same window, with the requests this one let through.
        const elsewhere = await createRateLimitStore(db.kysely).hit("pages:far", 100_000, 60, at(2));
        expect(elsewhere.allowed).toBe(true);
        expect(elsewhere.remaining).toBeLessThanOrEqual(100_000 - 2001);
      } finally {
        await counted.close();
      }
    });

    it("limits pages and feeds per visitor, in the visitor's language, and trusts X-Forwarded-For only behind a proxy", async () => {
      const direct = createTestApp(db, { env: { PAGE_RATE_LIMIT: "2" } }).app;
      const spoofed = (n: number) => ({ headers: { "x-forwarded-for": `198.51.100.${n}` } });
      const statuses = [];
      for (const [path, n] of [
        ["/", 1],
        ["/sitemap.xml", 2],
        ["/en", 3],
      ] as const)
        statuses.push(await direct.request(path, spoofed(n)));
      expect(statuses.map((r) => r.status)).toEqual([200, 200, 429]);
      const refused = statuses[2];
      expect(refused?.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(visibleText((await refused?.text()) ?? "")).toContain("Too many requests");
      expect((await direct.request("/healthz")).status).toBe(200);
      expect((await direct.request("/static/site.css")).status).toBe(200);

      // One proxy appends the address it was reached from; what the visitor wrote before it proves nothing.
      const proxied = createTestApp(db, { env: { PAGE_RATE_LIMIT: "2", TRUST_PROXY: "true" } }).app;
      const via = (forged: string, client: string) => ({ headers: { "x-forwarded-for": `${forged}, ${client}` } });
      const first = [];
      for (const forged of ["192.0.2.1", "192.0.2.2", "192.0.2.3"])
        first.push((await proxied.request("/", via(forged, "203.0.113.5"))).status);
      expect(first).toEqual([200, 200, 429]);
      expect((await proxied.request("/", via("192.0.2.4", "203.0.113.6"))).status).toBe(200);
    });
  });
}
