/**
 * Values read per document (what the scorer and a result card need of it), kept per process
 * up to a byte budget, the most recently used first. The cache follows the index like the
 * posting cache: a new generation drops the documents it changed, and a read begun for an
 * older generation is used but not kept, since it may hold what a write has changed since.
 */
export class DocumentCache<T> {
  /** Map order is the recency order (the last is the most recent). */
  readonly #entries = new Map<number, { value: T; bytes: number }>();
  #total = 0;

  constructor(
    readonly budgetBytes: number,
    /** The index generation the kept values describe. */
    public generation: number,
    readonly bytesOf: (value: T) => number,
  ) {}

  /** The values of the documents with these ids: the kept ones, the rest read with one call of `read`. */
  async getMany(
    ids: readonly number[],
    generation: number,
    read: (missing: number[]) => Promise<Map<number, T>>,
  ): Promise<Map<number, T>> {
    const found = new Map<number, T>();
    const missing: number[] = [];
    for (const id of ids) {
      const entry = this.#entries.get(id);
      if (!entry) {
        missing.push(id);
        continue;
      }
      this.#entries.delete(id);
      this.#entries.set(id, entry);
      found.set(id, entry.value);
    }
    if (missing.length === 0) return found;
    const current = generation === this.generation;
    const fresh = await read(missing);
    const keep = current && generation === this.generation;
    for (const [id, value] of fresh) {
      found.set(id, value);
      if (keep) this.#keep(id, value);
    }
    return found;
  }

  get size(): number {
    return this.#entries.size;
  }

  get bytes(): number {
    return this.#total;
  }

  /** Brings the cache to the next generation: the documents written since are read again when next needed. */
  advance(generation: number, changedIds: Iterable<number>): void {
    this.generation = generation;
    for (const id of changedIds) this.#evict(id);
  }

  /** Brings the cache to the next generation with nothing kept: a write changed what every value may show. */
  clear(generation: number): void {
    this.generation = generation;
    this.#entries.clear();
    this.#total = 0;
  }

  #keep(id: number, value: T): void {
    this.#evict(id);
    const bytes = this.bytesOf(value);
    this.#entries.set(id, { value, bytes });
    this.#total += bytes;
    for (const oldest of this.#entries.keys()) {
      if (this.#total <= this.budgetBytes) break;
      this.#evict(oldest);
    }
  }

  #evict(id: number): void {
    const entry = this.#entries.get(id);
    if (!entry) return;
    this.#entries.delete(id);
    this.#total -= entry.bytes;
  }
}
