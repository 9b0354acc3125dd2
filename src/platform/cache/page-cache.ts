import type { Context } from "hono";
import { type Fresh, FreshCache } from "./fresh-cache.js";

/**
 * Pages kept rendered per address while the catalogue and the clock leave them as they are;
 * otherwise rendered once, however many visitors ask for it meanwhile, and kept. Only pages
 * for visitors who are not signed in and have no one-time message are kept: those are the
 * same for everyone.
 */
export class PageCache {
  readonly #kept: FreshCache<string>;

  constructor(entries: number) {
    this.#kept = new FreshCache<string>(entries);
  }

  /**
   * The page kept for this address, when it is still fresh and this visitor may see it:
   * a route asks first, so a kept page costs nothing more than what its key and generation did.
   */
  kept(c: Context, key: string, generation: number, now: Date): Response | undefined {
    if (personal(c)) return undefined;
    const page = this.#kept.get(key, generation, now.getTime());
    return page === undefined ? undefined : c.html(page);
  }

  async respond(c: Context, key: string, generation: number, now: Date, render: () => Promise<Fresh<string>>): Promise<Response> {
    if (personal(c)) return c.html((await render()).value);
    return c.html(await this.#kept.getOrMake(key, generation, now.getTime(), render));
  }
}

function personal(c: Context): boolean {
  const visitor = c.get("visitor");
  return Boolean(visitor.user || visitor.flash.length);
}
