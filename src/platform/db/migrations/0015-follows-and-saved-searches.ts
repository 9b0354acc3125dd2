import type { MigrationDb } from "./helpers.js";
import { withId } from "./helpers.js";

/**
 * What a member follows (a theme, programme or call) and the searches they keep. Everything
 * hangs off the user with a cascading key, so deleting an account leaves nothing behind.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema
    .createTable("follows")
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("subject_type", "text", (c) => c.notNull())
    .addColumn("subject_id", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("follows_pk", ["user_id", "subject_type", "subject_id"])
    .execute();
  // Alerts ask who follows a given theme, programme or call.
  await db.schema.createIndex("follows_subject").on("follows").columns(["subject_type", "subject_id"]).execute();

  await withId(db, db.schema.createTable("saved_searches"))
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("query", "text", (c) => c.notNull())
    .addColumn("frequency", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("saved_searches_user_name", ["user_id", "name"])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable("saved_searches").execute();
  await db.schema.dropTable("follows").execute();
}
