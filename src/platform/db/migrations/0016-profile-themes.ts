import type { MigrationDb } from "./helpers.js";

/** The themes of a member's organisation profile; name, type and region are columns of users. */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("profile_themes")
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("theme_id", "integer", (c) => c.notNull().references("themes.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("profile_themes_pk", ["user_id", "theme_id"])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable("profile_themes").execute();
}
