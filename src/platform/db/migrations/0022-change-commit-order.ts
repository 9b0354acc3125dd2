import { sql } from "kysely";
import type { MigrationDb } from "./helpers.js";
import { isPostgres } from "./helpers.js";

/**
 * PostgreSQL hands out change record ids when a row is inserted, not when its transaction
 * commits, so a save that commits late can show up below an id a digest has already moved
 * past. Each record now carries its transaction's id (`commit_order`): every transaction
 * below the oldest one still running has ended, so a digest reads up to there and a late
 * save is read by the next run. SQLite lets one writer in at a time, so its ids are already
 * in commit order and it needs no column.
 *
 * Records from before keep their order below every transaction id (their id minus one more
 * than the highest), and digest cursors move with them, so nothing is read twice or skipped.
 */
export async function up(db: MigrationDb): Promise<void> {
  if (!isPostgres(db)) return;
  const { rows } = await sql<{ top: number }>`select coalesce(max(id), 0)::bigint as top from change_records`.execute(db);
  const shift = Number(rows[0]?.top ?? 0) + 1;
  await sql`alter table change_records add column commit_order bigint`.execute(db);
  await sql`update change_records set commit_order = id - ${shift}::bigint`.execute(db);
  await sql`alter table change_records alter column commit_order set default (pg_current_xact_id()::text::bigint)`.execute(db);
  await sql`alter table change_records alter column commit_order set not null`.execute(db);
  await sql`create index change_records_commit_order on change_records (commit_order)`.execute(db);
  await sql`alter table digest_cursors alter column change_cursor type bigint`.execute(db);
  await sql`update digest_cursors set change_cursor = change_cursor - ${shift}::bigint`.execute(db);
}

/** Going back, transaction ids mean nothing as record ids: every cursor is put at the last record. */
export async function down(db: MigrationDb): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`alter table digest_cursors alter column change_cursor type integer using 0`.execute(db);
  await sql`update digest_cursors set change_cursor = (select coalesce(max(id), 0) from change_records)`.execute(db);
  await sql`alter table change_records drop column commit_order`.execute(db);
}
