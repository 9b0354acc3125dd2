/**
 * Rendered pages kept for as long as what they show holds: until the data they come from
 * changes (a new index generation) or the clock changes them (a deadline passes, a day
 * begins). Only pages that are the same for every visitor belong here.
 */
export interface CachedPage {
  html: string;
  /** The generation of the data the page shows. */
  generation: number;
  /** The moment (ms) from which the page may show something else. */
  until: number;
}

export class PageCache {
  readonly #pages = new Map<string, CachedPage>();

  /** entries = 0 keeps nothing. */
  constructor(readonly entries: number) {}

  get(key: string, generation: number, now: number): string | undefined {
    const page = this.#pages.get(key);
    if (!page) return undefined;
    this.#pages.delete(key);
    if (page.generation !== generation || now >= page.until) return undefined;
    // Map order is the recency order.
    this.#pages.set(key, page);
    return page.html;
  }

  set(key: string, page: CachedPage): void {
    if (this.entries === 0) return;
    this.#pages.delete(key);
    this.#pages.set(key, page);
    for (const oldest of this.#pages.keys()) {
      if (this.#pages.size <= this.entries) break;
      this.#pages.delete(oldest);
    }
  }

  get size(): number {
    return this.#pages.size;
  }
}
