/**
 * Values read per document (what the scorer and a result card need of it), kept per process
 * up to a byte budget, the most recently used first. The cache follows the index like the
 * posting cache: a new generation drops the documents it changed. A read gives what the
 * database holds when it runs, which is at least the cache's generation, whatever the
 * generation of the search that asked; so what it read is kept, except the documents a
 * generation that came while it ran has changed (it may have read them before that write).
 * Under a write a second, most searches of a busy process end after a newer generation came
 * in: keeping only the reads of searches at the cache's generation kept almost nothing.
 */
export class DocumentCache<T> {
  /** Map order is the recency order (the last is the most recent). */
  readonly #entries = new Map<number, { value: T; bytes: number }>();
  #total = 0;
  /** How many times the cache has moved to a next generation. */
  #advances = 0;
  /** What the most recent moves changed, the newest last ("all": everything was dropped). */
  readonly #recent: (ReadonlySet<number> | "all")[] = [];

  constructor(
    readonly budgetBytes: number,
    readonly bytesOf: (value: T) => number,
  ) {}

  /** The values of the documents with these ids: the kept ones, the rest read with one call of `read`. */
  async getMany(ids: readonly number[], read: (missing: number[]) => Promise<Map<number, T>>): Promise<Map<number, T>> {
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
    const advancesBefore = this.#advances;
    const fresh = await read(missing);
    const changed = this.#changedSince(advancesBefore);
    for (const [id, value] of fresh) {
      found.set(id, value);
      if (changed !== "all" && !changed.has(id)) this.#keep(id, value);
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
  advance(changedIds: Iterable<number>): void {
    const changed = new Set(changedIds);
    for (const id of changed) this.#evict(id);
    this.#moved(changed);
  }

  /** Brings the cache to the next generation with nothing kept: a write changed what every value may show. */
  clear(): void {
    this.#entries.clear();
    this.#total = 0;
    this.#moved("all");
  }

  #moved(changed: ReadonlySet<number> | "all"): void {
    this.#advances++;
    this.#recent.push(changed);
    if (this.#recent.length > RECENT_MOVES) this.#recent.shift();
  }

  /** The documents changed since the cache had moved `advances` times ("all" when that is further back than it remembers). */
  #changedSince(advances: number): ReadonlySet<number> | "all" {
    const moves = this.#advances - advances;
    if (moves === 0) return NOTHING;
    if (moves > this.#recent.length) return "all";
    const changed = new Set<number>();
    for (const move of this.#recent.slice(-moves)) {
      if (move === "all") return "all";
      for (const id of move) changed.add(id);
    }
    return changed;
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

/** Moves remembered: a read spanning more (a minute of a write a second, at most) keeps nothing. */
const RECENT_MOVES = 64;
const NOTHING: ReadonlySet<number> = new Set();
