import type { MigrationDb } from "./helpers.js";

/** Where an applicant submits: the "Indienen" action of a call page. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable("calls").addColumn("submission_url", "text").execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.alterTable("calls").dropColumn("submission_url").execute();
}
