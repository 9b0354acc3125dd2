import { type MigrationDb, withId, withPublication } from "./helpers.js";

const text = "text";

export async function up(db: MigrationDb): Promise<void> {
  await withId(db, db.schema.createTable("contacts"))
    .addColumn("name", text, (c) => c.notNull())
    .addColumn("role", text)
    .addColumn("organisation", text)
    .addColumn("email", text)
    .addColumn("phone", text)
    .addColumn("address", text)
    .addColumn("website", text)
    .execute();

  await withId(db, db.schema.createTable("themes"))
    .addColumn("slug", text, (c) => c.notNull().unique())
    .addColumn("name_nl", text, (c) => c.notNull())
    .addColumn("name_en", text, (c) => c.notNull())
    .addColumn("description", text)
    .addColumn("contact_id", "integer", (c) => c.references("contacts.id").onDelete("set null"))
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await withId(db, db.schema.createTable("beneficiary_types"))
    .addColumn("slug", text, (c) => c.notNull().unique())
    .addColumn("name_nl", text, (c) => c.notNull())
    .addColumn("name_en", text, (c) => c.notNull())
    .addColumn("description", text)
    .addColumn("position", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await withPublication(
    withId(db, db.schema.createTable("programmes"))
      .addColumn("slug", text, (c) => c.notNull().unique())
      .addColumn("name", text, (c) => c.notNull())
      .addColumn("short_name", text)
      .addColumn("period", text)
      .addColumn("management_mode", text)
      .addColumn("managing_bodies", text)
      .addColumn("introduction", text)
      .addColumn("objectives", text)
      .addColumn("key_actions", text, (c) => c.notNull().defaultTo("[]"))
      .addColumn("project_types", text)
      .addColumn("partners_needed", text)
      .addColumn("partners_note", text)
      .addColumn("cofinancing", text)
      .addColumn("max_duration", text)
      .addColumn("application_procedure", text)
      .addColumn("budget_amount_eur", "double precision")
      .addColumn("budget_note", text)
      .addColumn("website", text)
      .addColumn("language", text, (c) => c.notNull().defaultTo("nl"))
      .addColumn("extra_sections", text, (c) => c.notNull().defaultTo("[]"))
      .addColumn("is_stub", "integer", (c) => c.notNull().defaultTo(0)),
  ).execute();

  await db.schema
    .createTable("programme_legislation")
    .addColumn("programme_id", "integer", (c) => c.notNull().references("programmes.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("reference", text, (c) => c.notNull())
    .addColumn("title", text)
    .addColumn("url", text)
    .addPrimaryKeyConstraint("programme_legislation_pk", ["programme_id", "position"])
    .execute();

  await db.schema
    .createTable("programme_synergies")
    .addColumn("programme_id", "integer", (c) => c.notNull().references("programmes.id").onDelete("cascade"))
    .addColumn("target_id", "integer", (c) => c.notNull().references("programmes.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("label", text)
    .addPrimaryKeyConstraint("programme_synergies_pk", ["programme_id", "target_id"])
    .execute();

  await db.schema
    .createTable("programme_contacts")
    .addColumn("programme_id", "integer", (c) => c.notNull().references("programmes.id").onDelete("cascade"))
    .addColumn("contact_id", "integer", (c) => c.notNull().references("contacts.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("label", text)
    .addPrimaryKeyConstraint("programme_contacts_pk", ["programme_id", "contact_id"])
    .execute();

  await withPublication(
    withId(db, db.schema.createTable("calls"))
      .addColumn("slug", text, (c) => c.notNull().unique())
      .addColumn("title", text, (c) => c.notNull())
      .addColumn("code", text)
      .addColumn("programme_id", "integer", (c) => c.references("programmes.id").onDelete("set null"))
      .addColumn("opens_on", text)
      .addColumn("is_rolling", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("closes_at", text)
      .addColumn("introduction", text)
      .addColumn("objectives", text)
      .addColumn("info_contact", text)
      .addColumn("partners_needed", text)
      .addColumn("partners_note", text)
      .addColumn("project_type", text)
      .addColumn("budget_amount_eur", "double precision")
      .addColumn("budget_note", text)
      .addColumn("expected_grants", "integer")
      .addColumn("min_contribution_eur", "double precision")
      .addColumn("max_contribution_eur", "double precision")
      .addColumn("cofinancing_note", text)
      .addColumn("url", text)
      .addColumn("parent_call_code", text)
      .addColumn("parent_call_title", text)
      .addColumn("language", text, (c) => c.notNull().defaultTo("nl"))
      .addColumn("own_beneficiaries", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("own_themes", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("extra_sections", text, (c) => c.notNull().defaultTo("[]")),
  ).execute();
  await db.schema.createIndex("calls_source_external").on("calls").columns(["source", "external_id"]).unique().execute();
  await db.schema.createIndex("calls_closes_at").on("calls").column("closes_at").execute();
  await db.schema.createIndex("calls_programme").on("calls").column("programme_id").execute();

  await db.schema
    .createTable("call_deadlines")
    .addColumn("call_id", "integer", (c) => c.notNull().references("calls.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("due_on", text, (c) => c.notNull())
    .addColumn("due_time", text)
    .addColumn("due_at", text, (c) => c.notNull())
    .addColumn("label", text)
    .addPrimaryKeyConstraint("call_deadlines_pk", ["call_id", "position"])
    .execute();
  await db.schema.createIndex("call_deadlines_due_at").on("call_deadlines").column("due_at").execute();

  await db.schema
    .createTable("call_cofinancing_shares")
    .addColumn("call_id", "integer", (c) => c.notNull().references("calls.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("source", text, (c) => c.notNull())
    .addColumn("bound", text, (c) => c.notNull())
    .addColumn("percent", "double precision", (c) => c.notNull())
    .addPrimaryKeyConstraint("call_cofinancing_shares_pk", ["call_id", "position"])
    .execute();

  await db.schema
    .createTable("call_links")
    .addColumn("call_id", "integer", (c) => c.notNull().references("calls.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("label", text, (c) => c.notNull())
    .addColumn("url", text, (c) => c.notNull())
    .addPrimaryKeyConstraint("call_links_pk", ["call_id", "position"])
    .execute();

  await db.schema
    .createTable("call_contacts")
    .addColumn("call_id", "integer", (c) => c.notNull().references("calls.id").onDelete("cascade"))
    .addColumn("contact_id", "integer", (c) => c.notNull().references("contacts.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("call_contacts_pk", ["call_id", "contact_id"])
    .execute();

  await withPublication(
    withId(db, db.schema.createTable("events"))
      .addColumn("slug", text, (c) => c.notNull().unique())
      .addColumn("title", text, (c) => c.notNull())
      .addColumn("summary", text)
      .addColumn("body", text)
      .addColumn("starts_at", text, (c) => c.notNull())
      .addColumn("ends_at", text)
      .addColumn("is_online", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("location", text)
      .addColumn("organiser", text)
      .addColumn("contact_name", text)
      .addColumn("contact_email", text)
      .addColumn("registration_url", text)
      .addColumn("recording_url", text)
      .addColumn("language", text, (c) => c.notNull().defaultTo("nl")),
  ).execute();
  await db.schema.createIndex("events_starts_at").on("events").column("starts_at").execute();
  await db.schema.createIndex("events_source_external").on("events").columns(["source", "external_id"]).unique().execute();

  await withPublication(
    withId(db, db.schema.createTable("articles"))
      .addColumn("slug", text, (c) => c.notNull().unique())
      .addColumn("title", text, (c) => c.notNull())
      .addColumn("subtitle", text)
      .addColumn("body", text)
      .addColumn("language", text, (c) => c.notNull().defaultTo("nl")),
  ).execute();
  await db.schema.createIndex("articles_source_external").on("articles").columns(["source", "external_id"]).unique().execute();
  await db.schema
    .createIndex("programmes_source_external")
    .on("programmes")
    .columns(["source", "external_id"])
    .unique()
    .execute();

  for (const owner of ["programme", "call", "article"] as const) {
    for (const [target, table] of [
      ["theme", "themes"],
      ["beneficiary_type", "beneficiary_types"],
    ] as const) {
      if (owner === "article" && target === "beneficiary_type") continue;
      const name = `${owner}_${table}`;
      await db.schema
        .createTable(name)
        .addColumn(`${owner}_id`, "integer", (c) => c.notNull().references(`${owner}s.id`).onDelete("cascade"))
        .addColumn(`${target}_id`, "integer", (c) => c.notNull().references(`${table}.id`).onDelete("cascade"))
        .addPrimaryKeyConstraint(`${name}_pk`, [`${owner}_id`, `${target}_id`])
        .execute();
    }
  }

  await db.schema
    .createTable("article_programmes")
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("programme_id", "integer", (c) => c.notNull().references("programmes.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("article_programmes_pk", ["article_id", "programme_id"])
    .execute();

  await db.schema
    .createTable("event_calls")
    .addColumn("event_id", "integer", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("call_id", "integer", (c) => c.notNull().references("calls.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("event_calls_pk", ["event_id", "call_id"])
    .execute();

  await withId(db, db.schema.createTable("revisions"))
    .addColumn("entity_type", text, (c) => c.notNull())
    .addColumn("entity_id", "integer", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("actor", text, (c) => c.notNull())
    .addColumn("created_at", text, (c) => c.notNull())
    .addColumn("changed_fields", text, (c) => c.notNull())
    .addColumn("snapshot", text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex("revisions_entity").on("revisions").columns(["entity_type", "entity_id", "version"]).execute();

  await withId(db, db.schema.createTable("change_records"))
    .addColumn("entity_type", text, (c) => c.notNull())
    .addColumn("entity_id", "integer", (c) => c.notNull())
    .addColumn("kind", text, (c) => c.notNull())
    .addColumn("field", text)
    .addColumn("old_value", text)
    .addColumn("new_value", text)
    .addColumn("actor", text, (c) => c.notNull())
    .addColumn("created_at", text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex("change_records_created").on("change_records").column("created_at").execute();

  await withId(db, db.schema.createTable("users"))
    .addColumn("email", text, (c) => c.notNull().unique())
    .addColumn("password_hash", text, (c) => c.notNull())
    .addColumn("name", text)
    .addColumn("language", text, (c) => c.notNull().defaultTo("nl"))
    .addColumn("organisation_name", text)
    .addColumn("organisation_type_id", "integer", (c) => c.references("beneficiary_types.id").onDelete("set null"))
    .addColumn("region", text)
    .addColumn("roles", text, (c) => c.notNull().defaultTo('["member"]'))
    .addColumn("verified_at", text)
    .addColumn("created_at", text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", text, (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", text, (c) => c.notNull())
    .addColumn("expires_at", text, (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable("jobs"))
    .addColumn("kind", text, (c) => c.notNull())
    .addColumn("payload", text, (c) => c.notNull().defaultTo("{}"))
    .addColumn("run_at", text, (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("locked_by", text)
    .addColumn("locked_until", text)
    .addColumn("last_error", text)
    .addColumn("done_at", text)
    .addColumn("created_at", text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex("jobs_due").on("jobs").columns(["done_at", "run_at"]).execute();
}

export async function down(db: MigrationDb): Promise<void> {
  const tables = [
    "jobs",
    "sessions",
    "users",
    "change_records",
    "revisions",
    "event_calls",
    "article_programmes",
    "article_themes",
    "call_beneficiary_types",
    "call_themes",
    "programme_beneficiary_types",
    "programme_themes",
    "articles",
    "events",
    "call_contacts",
    "call_links",
    "call_cofinancing_shares",
    "call_deadlines",
    "calls",
    "programme_contacts",
    "programme_synergies",
    "programme_legislation",
    "programmes",
    "beneficiary_types",
    "themes",
    "contacts",
  ];
  for (const table of tables) await db.schema.dropTable(table).execute();
}
