import { createHash } from "node:crypto";
import type { Context } from "hono";
import { type Fresh, FreshCache } from "./fresh-cache.js";

/** A whole response body kept with the headers it goes out with and the ETag of its bytes. */
export interface KeptResponse {
  body: string;
  etag: string;
  headers: Record<string, string>;
}

/** What a route makes when nothing fresh is kept: the body, its headers and how long it holds. */
export interface MadeResponse {
  body: string;
  headers: Record<string, string>;
  /** The moment (ms) from which the body may be different even without a write. */
  until: number;
}

/**
 * How long a list the clock changes without a write (a scheduled record appearing, an event
 * passing) is kept at most: readers and crawlers can wait this long for such a change.
 */
export const CLOCK_BOUND_MS = 5 * 60_000;

/** A route's answer through kept responses: its key, and how to make it when nothing fresh is kept. */
export type KeptOr = (c: Context, key: string, make: (now: Date) => Promise<MadeResponse>) => Promise<Response>;

/**
 * Responses kept like pages, until a write (a new generation) or the clock changes them. A
 * client that sends back the ETag of a kept body gets 304 before anything is read or
 * rendered, so revalidating a feed costs a map lookup instead of a search.
 */
export class ResponseCache {
  readonly #kept: FreshCache<KeptResponse>;

  constructor(entries: number) {
    this.#kept = new FreshCache<KeptResponse>(entries);
  }

  async respond(c: Context, key: string, generation: number, now: number, make: () => Promise<MadeResponse>): Promise<Response> {
    const kept = await this.#kept.getOrMake(key, generation, now, async (): Promise<Fresh<KeptResponse>> => {
      const made = await make();
      return { value: { body: made.body, headers: made.headers, etag: etagOf(made.body) }, generation, until: made.until };
    });
    if (matches(c.req.header("If-None-Match"), kept.etag)) return c.body(null, 304, { ETag: kept.etag });
    return c.body(kept.body, 200, { ...kept.headers, ETag: kept.etag });
  }
}

function etagOf(body: string): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === "*" || tag === etag);
}
