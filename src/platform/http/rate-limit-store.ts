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
 * A process takes a share of what is left of a window at once: one sixty-fourth, so that the
 * shares other processes hold unused stay small beside the limit; one request at a time once
 * little is left, so a small limit is counted exactly; at most a thousand, so a count stays
 * far from the column's bounds.
 */
const SHARE_OF_REMAINING = 64;
const MAX_CLAIM = 1000;

/** What this process holds of a key's window. */
interface Claimed {
  windowStart: number;
  windowMs: number;
  /** The key's count in the database after this process's last claim. */
  hits: number;
  /** Requests this process may still let through in the window without asking the database. */
  left: number;
}

/**
 * Counters in the `rate_limits` table, so every process using the database counts against
 * the same limit. A process claims requests in one upsert and lets them through from memory
 * until they are used: a visitor far from the limit costs a write per share, not per request,
 * and no request waits for another process's on the same row; near the limit a claim is one
 * request, so the limit is exact. The upsert starts a new window when the old one is over;
 * both dialects evaluate it atomically on the row. Expired rows are swept once a minute per process.
 */
export function createRateLimitStore(db: Kysely<Database>): RateLimitStore {
  let lastSweep = 0;
  const claimed = new Map<string, Claimed>();
  const runningAt = (key: string, at: number) => {
    const entry = claimed.get(key);
    return entry && at < entry.windowStart + entry.windowMs ? entry : undefined;
  };
  /** Claims requests for the key, this one among them: whether it is allowed, and what the process now holds. */
  const claim = async (key: string, limit: number, windowMs: number, at: number) => {
    const wanted = Math.min(MAX_CLAIM, Math.max(1, Math.floor((limit - (runningAt(key, at)?.hits ?? 0)) / SHARE_OF_REMAINING)));
    const inWindow = sql<boolean>`rate_limits.window_start + ${windowMs} > ${at}`;
    const row = await db
      .insertInto("rateLimits")
      .values({ key, windowStart: at, hits: wanted, expiresAt: at + windowMs })
      .onConflict((oc) =>
        oc.column("key").doUpdateSet({
          hits: sql`case when ${inWindow} then rate_limits.hits + ${wanted} else ${wanted} end`,
          windowStart: sql`case when ${inWindow} then rate_limits.window_start else ${at} end`,
          expiresAt: sql`case when ${inWindow} then rate_limits.expires_at else ${at + windowMs} end`,
        }),
      )
      .returning(["hits", "windowStart"])
      .executeTakeFirstOrThrow();
    const windowStart = Number(row.windowStart);
    // Of the requests claimed, those that fit under the limit after what was counted before them.
    const granted = Math.max(0, Math.min(wanted, limit - (row.hits - wanted)));
    let entry = claimed.get(key);
    if (!entry || entry.windowStart < windowStart) {
      entry = { windowStart, windowMs, hits: row.hits, left: 0 };
      claimed.set(key, entry);
    }
    // Claims a process makes at once add up (taken in the same step as this request's own, so none is lost).
    if (entry.windowStart === windowStart) {
      entry.hits = Math.max(entry.hits, row.hits);
      entry.left += Math.max(0, granted - 1);
    }
    return { entry, allowed: granted > 0 };
  };
  return {
    async hit(key, limit, windowSeconds, now) {
      const at = now.getTime();
      const windowMs = windowSeconds * 1000;
      let entry = runningAt(key, at);
      let allowed: boolean;
      // With nothing left and the limit counted full, the key stays refused for the rest of its window.
      if (entry && (entry.left > 0 || entry.hits >= limit)) {
        allowed = entry.left > 0;
        if (allowed) entry.left--;
      } else {
        ({ entry, allowed } = await claim(key, limit, windowMs, at));
      }
      if (at - lastSweep > SWEEP_EVERY_MS) {
        lastSweep = at;
        for (const [k, c] of claimed) if (at >= c.windowStart + c.windowMs) claimed.delete(k);
        await db.deleteFrom("rateLimits").where("expiresAt", "<=", at).execute();
      }
      const resetSeconds = Math.max(1, Math.ceil((entry.windowStart + windowMs - at) / 1000));
      // What the database counted, less what this process claimed and has not let through yet.
      const remaining = Math.max(0, limit - (entry.hits - entry.left));
      return { allowed, retryAfterSeconds: allowed ? 0 : resetSeconds, remaining, resetSeconds };
    },
  };
}
