import type { CreateTableBuilder, Kysely } from "kysely";

/** Migrations see the database as untyped so they never depend on today's schema. */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against Kysely<any> on purpose
export type MigrationDb = Kysely<any>;

export function isPostgres(db: MigrationDb): boolean {
  return db.getExecutor().adapter.constructor.name === "PostgresAdapter";
}

/** An auto-incrementing integer key: SQLite's rowid alias or PostgreSQL's identity. */
export function withId<T extends string>(db: MigrationDb, table: CreateTableBuilder<T, never>): CreateTableBuilder<T, "id"> {
  return isPostgres(db)
    ? table.addColumn("id", "integer", (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
}

/** Columns every published entity carries: workflow state, optimistic locking and provenance. */
export function withPublication<T extends string, C extends string>(table: CreateTableBuilder<T, C>): CreateTableBuilder<T, C> {
  return table
    .addColumn("state", "text", (c) => c.notNull().defaultTo("published"))
    .addColumn("publish_at", "text")
    .addColumn("published_at", "text")
    .addColumn("published_by", "text")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("source", "text", (c) => c.notNull().defaultTo("manual"))
    .addColumn("external_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull()) as CreateTableBuilder<T, C>;
}
