import { closeSync, openSync, statSync, writeSync } from "node:fs";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { buildCatalogue } from "../../../test/support/catalogue-fixture.js";
import { createTestDb } from "../../../test/support/dialects.js";
import { createTestApp, visibleText } from "../../../test/support/test-app.js";
import { checkSqliteIntegrity } from "../db/integrity-check.js";

describe("readiness on a damaged SQLite database", () => {
  it("finds the damage, answers /readyz 503, and failing pages show the request's reference", async () => {
    const db = await createTestDb("sqlite");
    const path = db.url.slice("sqlite:".length);
    const { app, deps } = createTestApp(db);
    await buildCatalogue(deps.writer);
    await sql`pragma wal_checkpoint(truncate)`.execute(db.kysely);
    // While the site has it open, damage a tenth of the file past its middle, leaving the header and the schema intact.
    const size = statSync(path).size;
    const length = Math.floor(size / 10);
    const fd = openSync(path, "r+");
    writeSync(fd, Buffer.alloc(length, 0xa5), 0, length, Math.floor(size * 0.6));
    closeSync(fd);
    expect(await checkSqliteIntegrity(path)).not.toBeNull();

    deps.health.noteIntegrity(await checkSqliteIntegrity(path));
    expect((await app.request("/healthz")).status).toBe(200);
    const ready = await app.request("/readyz");
    expect(ready.status).toBe(503);
    expect(ready.headers.get("cache-control")).toBe("no-store");

    const answers = await Promise.all(["/", "/oproepen", "/zoeken?q=oproep", "/programmas"].map((p) => app.request(p)));
    const failed = answers.find((r) => r.status === 500);
    if (failed) {
      const id = failed.headers.get("x-request-id");
      expect(id).toBeTruthy();
      expect(visibleText(await failed.text())).toContain(`referentie als je ons contacteert: ${id}`);
    }
    await db.destroy();
  });
});

describe("readiness while the caches warm up", () => {
  it("answers /readyz 503 with Retry-After until the warm-up is done, and pages meanwhile", async () => {
    const db = await createTestDb("sqlite");
    const { app, deps } = createTestApp(db);
    let warmed!: () => void;
    deps.health.warmingUntil(new Promise<void>((resolve) => (warmed = resolve)), 60_000);
    const warming = await app.request("/readyz");
    expect(warming.status).toBe(503);
    expect(warming.headers.get("retry-after")).toBe("1");
    expect(await warming.json()).toMatchObject({ reason: "warming up" });
    expect((await app.request("/")).status).toBe(200);
    warmed();
    await new Promise((resolve) => setImmediate(resolve));
    expect((await app.request("/readyz")).status).toBe(200);
    await db.destroy();
  });
});
