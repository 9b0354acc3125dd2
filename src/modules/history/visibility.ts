import { type RawBuilder, sql } from "kysely";

type Published = "calls" | "programmes" | "events" | "articles";

/** Visitors see published records whose scheduled publication moment has come. */
export function visibleTo(now: Date, table: Published): RawBuilder<boolean> {
  const publishAt = sql.ref(`${table}.publishAt`);
  return sql<boolean>`(${sql.ref(`${table}.state`)} = 'published' and (${publishAt} is null or ${publishAt} <= ${now.toISOString()}))`;
}
