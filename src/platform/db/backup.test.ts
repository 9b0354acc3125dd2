import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCatalogue } from "../../../test/support/catalogue-fixture.js";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { parseConfig } from "../../config.js";
import { backupDatabase } from "./backup.js";
import { connect } from "./connection.js";

for (const dialect of DIALECTS) {
  describe(`backup (${dialect})`, () => {
    let db: TestDb;
    let data: Awaited<ReturnType<typeof buildCatalogue>>;
    const dir = mkdtempSync(join(tmpdir(), "subsidiegids-backup-"));
    beforeAll(async () => {
      db = await createTestDb(dialect);
      data = await buildCatalogue(createTestApp(db).writer);
    });
    afterAll(async () => {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    });

    const config = () => {
      const parsed = parseConfig({ DATABASE_URL: db.url });
      if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
      return parsed.config;
    };

    it(
      dialect === "sqlite" ? "copies the open database, and the copy serves the same pages" : "says to use pg_dump, and how",
      async () => {
        const file = join(dir, "copy.sqlite");
        const result = await backupDatabase(config(), file);
        if (dialect === "postgres") {
          expect(result).toMatchObject({ ok: false, message: expect.stringContaining("pg_dump --format=custom") });
          return;
        }
        expect(result.ok).toBe(true);
        const restored = connect(`sqlite:${file}`);
        try {
          const { app } = createTestApp({ ...restored, url: `sqlite:${file}`, schema: undefined, destroy: async () => {} });
          const page = await app.request(`/oproepen/${data.open.slug}`);
          expect(page.status).toBe(200);
          expect(await page.text()).toContain(data.open.title);
        } finally {
          await restored.close();
        }
        expect(await backupDatabase(config(), file)).toMatchObject({
          ok: false,
          message: expect.stringContaining("never overwrites"),
        });
      },
    );
  });
}
