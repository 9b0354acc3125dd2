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
  readonly #making = new Map<string, Promise<Fresh<T>>>();

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

  /**
   * The kept value, else the one being made for the same key, else a new one from `make`,
   * kept. Visitors who ask for the same page at once (a popular page after a write, a link
   * shared widely) wait for one rendering instead of each making their own. A value made for
   * an older generation or a moment that has passed is not handed on: it is made again.
   */
  async getOrMake(key: string, generation: number, now: number, make: () => Promise<Fresh<T>>): Promise<T> {
    const kept = this.get(key, generation, now);
    if (kept !== undefined) return kept;
    if (this.entries === 0) return (await make()).value;
    const making = this.#making.get(key);
    if (making) {
      const made = await making;
      if (made.generation === generation && now < made.until) return made.value;
      return (await make()).value;
    }
    const mine = make();
    this.#making.set(key, mine);
    try {
      const made = await mine;
      this.set(key, made);
      return made.value;
    } finally {
      this.#making.delete(key);
    }
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
