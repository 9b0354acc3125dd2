import { type Kysely, sql } from "kysely";
import type { Database } from "../db/schema.js";

export interface RateLimitHit {
  allowed: boolean;
  /** Seconds until the window ends; 0 while requests are still allowed. */
  retryAfterSeconds: number;
  /** Requests left in the window after this one. */
  remaining: number;
  /** Seconds until the window ends, whether or not the request was allowed. */
  resetSeconds: number;
}

export interface RateLimitStore {
  /**
   * Counts one request against `key` and says whether it is within `limit` requests per
   * window. A window starts at a key's first request and lasts `windowSeconds`. Throws when
   * the database cannot answer (on SQLite while another process holds the write lock).
   */
  hit(key: string, limit: number, windowSeconds: number, now: Date): Promise<RateLimitHit>;
}

const SWEEP_EVERY_MS = 60_000;

/**
 * Counters in the `rate_limits` table, so every process using the database counts against
 * the same limit. One upsert counts the request and starts a new window when the old one
 * is over; both dialects evaluate it atomically on the row. Expired rows are swept once a
 * minute per process.
 */
export function createRateLimitStore(db: Kysely<Database>): RateLimitStore {
  let lastSweep = 0;
  return {
    async hit(key, limit, windowSeconds, now) {
      const at = now.getTime();
      const windowMs = windowSeconds * 1000;
      const running = sql<boolean>`rate_limits.window_start + ${windowMs} > ${at}`;
      const row = await db
        .insertInto("rateLimits")
        .values({ key, windowStart: at, hits: 1, expiresAt: at + windowMs })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            hits: sql`case when ${running} then rate_limits.hits + 1 else 1 end`,
            windowStart: sql`case when ${running} then rate_limits.window_start else ${at} end`,
            expiresAt: sql`case when ${running} then rate_limits.expires_at else ${at + windowMs} end`,
          }),
        )
        .returning(["hits", "windowStart"])
        .executeTakeFirstOrThrow();
      if (at - lastSweep > SWEEP_EVERY_MS) {
        lastSweep = at;
        await db.deleteFrom("rateLimits").where("expiresAt", "<=", at).execute();
      }
      const resetSeconds = Math.max(1, Math.ceil((Number(row.windowStart) + windowMs - at) / 1000));
      const allowed = row.hits <= limit;
      return { allowed, retryAfterSeconds: allowed ? 0 : resetSeconds, remaining: Math.max(0, limit - row.hits), resetSeconds };
    },
  };
}
