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

  async respond(c: Context, key: string, generation: number, now: Date, render: () => Promise<Fresh<string>>): Promise<Response> {
    const visitor = c.get("visitor");
    if (visitor.user || visitor.flash.length) return c.html((await render()).value);
    return c.html(await this.#kept.getOrMake(key, generation, now.getTime(), render));
  }
}
