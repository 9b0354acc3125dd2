/**
 * Values kept for as long as what they show holds: until the data they come from changes
 * (a new index generation) or the clock changes them (a deadline passes, a day begins).
 * The most recently used are kept, up to a number of entries.
 */
export interface Fresh<T> {
  value: T;
  /** The generation of the data the value comes from. */
  generation: number;
  /** The moment (ms) from which the value may be different. */
  until: number;
}

export class FreshCache<T> {
  readonly #entries = new Map<string, Fresh<T>>();

  /** entries = 0 keeps nothing. */
  constructor(readonly entries: number) {}

  get(key: string, generation: number, now: number): T | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (entry.generation !== generation || now >= entry.until) return undefined;
    // Map order is the recency order.
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: string, entry: Fresh<T>): void {
    if (this.entries === 0) return;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.entries) break;
      this.#entries.delete(oldest);
    }
  }
}
