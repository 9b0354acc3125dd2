import { afterAll, beforeAll } from "vitest";
import type { DialectKind } from "../../src/platform/db/connection.js";
import { buildCatalogue } from "./catalogue-fixture.js";
import { createTestDb, type TestDb } from "./dialects.js";
import { createTestApp, expectNoLeftovers, visibleText } from "./test-app.js";

/** A fresh database with the fixture catalogue and the app on it, for a test file. */
export function useCatalogueSuite(dialect: DialectKind) {
  const suite = {} as { db: TestDb; ctx: ReturnType<typeof createTestApp>; data: Awaited<ReturnType<typeof buildCatalogue>> };
  beforeAll(async () => {
    suite.db = await createTestDb(dialect);
    suite.ctx = createTestApp(suite.db);
    suite.data = await buildCatalogue(suite.ctx.writer);
  });
  afterAll(() => suite.db.destroy());
  return suite;
}

/** Fetches a page, checks it is a complete page without template leftovers, returns its text. */
export async function pageText(
  app: { request(path: string): Response | Promise<Response> },
  path: string,
  status = 200,
): Promise<string> {
  const res = await app.request(path);
  if (res.status !== status) throw new Error(`${path}: expected ${status}, got ${res.status}`);
  const html = await res.text();
  if (!html.startsWith("<!DOCTYPE html>")) throw new Error(`${path}: not a full HTML page`);
  expectNoLeftovers(html);
  return visibleText(html);
}
