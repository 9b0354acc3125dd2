import slugify from "@sindresorhus/slugify";
import type { MigrationDb } from "./helpers.js";

/**
 * Contacts become records of their own, edited in the back office and shared by the calls,
 * programmes and themes that name them: an address (slug), a version that every save
 * compares and moves on, and the moments of their creation and last change.
 */
export async function up(db: MigrationDb): Promise<void> {
  await db.schema.alterTable("contacts").addColumn("slug", "text").execute();
  await db.schema
    .alterTable("contacts")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.alterTable("contacts").addColumn("created_at", "text").execute();
  await db.schema.alterTable("contacts").addColumn("updated_at", "text").execute();
  const now = new Date().toISOString();
  const rows = (await db.selectFrom("contacts").select(["id", "name"]).execute()) as { id: number; name: string }[];
  for (const row of rows) {
    await db
      .updateTable("contacts")
      .set({ slug: `${slugify(row.name) || "contact"}-${row.id}`, created_at: now, updated_at: now })
      .where("id", "=", row.id)
      .execute();
  }
  await db.schema.createIndex("contacts_slug").on("contacts").column("slug").unique().execute();
  // A record's contact row is matched to the contact with the same fields (see contact-links.ts).
  await db.schema.createIndex("contacts_email").on("contacts").column("email").execute();
  await db.schema.createIndex("contacts_name").on("contacts").column("name").execute();
  // "Used by" and merges look links up from the contact's side.
  await db.schema.createIndex("call_contacts_contact").on("call_contacts").column("contact_id").execute();
  await db.schema.createIndex("programme_contacts_contact").on("programme_contacts").column("contact_id").execute();
  await db.schema.createIndex("themes_contact").on("themes").column("contact_id").execute();
}

export async function down(db: MigrationDb): Promise<void> {
  for (const index of [
    "themes_contact",
    "programme_contacts_contact",
    "call_contacts_contact",
    "contacts_name",
    "contacts_email",
    "contacts_slug",
  ]) {
    await db.schema.dropIndex(index).execute();
  }
  for (const column of ["updated_at", "created_at", "version", "slug"]) {
    await db.schema.alterTable("contacts").dropColumn(column).execute();
  }
}
