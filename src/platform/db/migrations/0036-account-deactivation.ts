import type { MigrationDb } from "./helpers.js";

/** An admin can deactivate an account: it keeps its data but cannot log in until reactivated. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable("users").addColumn("deactivated_at", "text").execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.alterTable("users").dropColumn("deactivated_at").execute();
}
