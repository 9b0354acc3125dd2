import { sql } from "kysely";
import type { MigrationDb } from "./helpers.js";

/**
 * Jobs get a state (queued, done, failed), so one that ran out of tries is kept apart from
 * the ones that succeeded, and an optional unique key: among queued jobs a key appears once,
 * so the same work queued twice (two workers scheduling one task) makes one job.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .alterTable("jobs")
    .addColumn("state", "text", (c) => c.notNull().defaultTo("queued"))
    .execute();
  await db.schema.alterTable("jobs").addColumn("failed_at", "text").execute();
  await db.schema.alterTable("jobs").addColumn("unique_key", "text").execute();
  await db.updateTable("jobs").set({ state: "done" }).where("done_at", "is not", null).execute();
  await db.schema.dropIndex("jobs_due").execute();
  await db.schema.dropIndex("jobs_kind_pending").execute();
  await sql`create index jobs_queued on jobs (run_at, id) where state = 'queued'`.execute(db);
  await sql`create unique index jobs_unique_queued on jobs (unique_key) where state = 'queued'`.execute(db);
  await db.schema.createIndex("jobs_failed").on("jobs").columns(["state", "failed_at"]).execute();
}

export async function down(db: MigrationDb): Promise<void> {
  for (const index of ["jobs_failed", "jobs_unique_queued", "jobs_queued"]) await db.schema.dropIndex(index).execute();
  await db.schema.createIndex("jobs_due").on("jobs").columns(["done_at", "run_at"]).execute();
  await db.schema.createIndex("jobs_kind_pending").on("jobs").columns(["kind", "done_at"]).execute();
  for (const column of ["unique_key", "failed_at", "state"]) await db.schema.alterTable("jobs").dropColumn(column).execute();
}
