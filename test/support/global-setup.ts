import pg from "pg";

/**
 * Says plainly which suites run. With TEST_DATABASE_URL set, PostgreSQL must answer:
 * CI sets it, and a silent skip there would hide a broken database layer.
 */
export default async function setup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    console.warn("\n[subsidiegids] TEST_DATABASE_URL is not set: the PostgreSQL suite is SKIPPED; SQLite runs.\n");
    return;
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    throw new Error(`TEST_DATABASE_URL is set but PostgreSQL is not reachable at ${url}: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
  console.info(`\n[subsidiegids] PostgreSQL suite runs against ${url}\n`);
}
