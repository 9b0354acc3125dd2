import type { MigrationDb } from "./helpers.js";
import { withId } from "./helpers.js";

/**
 * Alerts without an account: an e-mail address and what it asked to hear about (a theme or a
 * search). A subscription waits for its confirmation (only the confirmation token's hash is
 * kept); nothing is mailed about it before. Ending one deletes it; an address without any
 * subscription left is deleted too, so nothing is kept about someone who left.
 */
export async function up(db: MigrationDb): Promise<void> {
  await withId(db, db.schema.createTable("alert_addresses"))
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await withId(db, db.schema.createTable("alert_subscriptions"))
    .addColumn("address_id", "integer", (c) => c.notNull().references("alert_addresses.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("theme_id", "integer", (c) => c.references("themes.id").onDelete("cascade"))
    .addColumn("query", "text")
    .addColumn("name", "text", (c) => c.notNull())
    // "theme:12" or "search:q=kmo": one subscription per address and subject.
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("confirm_token_hash", "text", (c) => c.unique())
    .addColumn("requested_at", "text", (c) => c.notNull())
    .addColumn("confirmed_at", "text")
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .addUniqueConstraint("alert_subscriptions_subject", ["address_id", "subject"])
    .execute();
}

export async function down(db: MigrationDb): Promise<void> {
  await db.schema.dropTable("alert_subscriptions").execute();
  await db.schema.dropTable("alert_addresses").execute();
}
