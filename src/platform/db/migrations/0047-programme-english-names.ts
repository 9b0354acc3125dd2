import type { MigrationDb } from "./helpers.js";

/** A programme's English name, for English pages: its own name is in the programme's language. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable("programmes").addColumn("name_en", "text").execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.alterTable("programmes").dropColumn("name_en").execute();
}
