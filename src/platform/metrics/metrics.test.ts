import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { enqueueMail } from "../mail/outbox.js";

/** The value of one sample line of the Prometheus text, or undefined when absent. */
function sample(text: string, line: string): number | undefined {
  const found = text.split("\n").find((l) => l.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
}

for (const dialect of DIALECTS) {
  describe(`/metrics (${dialect})`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await createTestDb(dialect);
    });
    afterAll(() => db.destroy());

    it("counts requests per route kind and status, times searches and renderings, and reads the queues", async () => {
      const { app, deps } = createTestApp(db);
      await deps.db.kysely.transaction().execute((trx) =>
        enqueueMail(trx, {
          uniqueKey: "metrics-test",
          to: "an@example.org",
          subject: "Test",
          html: "<p>Test</p>",
          text: "Test",
        }),
      );
      for (const path of ["/zoeken?q=erasmus", "/zoeken?q=zon", "/api/v1/calls", "/bestaat-niet"]) await app.request(path);
      const res = await app.request("/metrics");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("text/plain");
      const text = await res.text();
      const count = (labels: string) => sample(text, `subsidiegids_http_request_duration_seconds_count{${labels}}`);
      expect(count('kind="page",method="GET",status="2xx"')).toBe(2);
      expect(count('kind="api",method="GET",status="2xx"')).toBe(1);
      expect(count('kind="page",method="GET",status="4xx"')).toBe(1);
      expect(sample(text, 'subsidiegids_work_duration_seconds_count{work="render"}')).toBe(2);
      expect(sample(text, 'subsidiegids_mail_outbox{state="queued"}')).toBe(1);
      expect(text).toContain("# TYPE subsidiegids_jobs gauge");
    });

    it("asks for METRICS_TOKEN when one is set, and never shows the numbers without it", async () => {
      const { app } = createTestApp(db, { env: { METRICS_TOKEN: "een-lang-geheim-van-zestien" } });
      const refused = await app.request("/metrics");
      expect(refused.status).toBe(403);
      expect(await refused.text()).not.toContain("subsidiegids_");
      expect((await app.request("/metrics", { headers: { Authorization: "Bearer fout" } })).status).toBe(403);
      const allowed = await app.request("/metrics", { headers: { Authorization: "Bearer een-lang-geheim-van-zestien" } });
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain("subsidiegids_http_request_duration_seconds");
    });
  });
}
