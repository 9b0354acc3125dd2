import { TypedFastBitSet } from "typedfastbitset";
import type { PostingRows } from "./backends/search-backend.js";
import { bytesOf, compact, contains, type PositionSet, withPosition } from "./position-set.js";

/**
 * The documents that contain one token or phrase, as sets of snapshot positions: anywhere,
 * in the title or code, and in the introduction. The field sets give the first ranking of
 * a large result set; a bitset keeps a word that half the catalogue contains at 12 KB.
 */
export interface Posting {
  all: PositionSet;
  title: PositionSet;
  intro: PositionSet;
}

const FIELDS = ["all", "title", "intro"] as const;

/** The index tokens of one changed document per field group; undefined when it is no longer findable. */
export interface ChangedDocument {
  position: number;
  tokens: { all: ReadonlySet<string>; title: ReadonlySet<string>; intro: ReadonlySet<string> } | undefined;
}

/**
 * The postings searches asked the database for, the most recently used kept up to a byte
 * budget. Words follow a Zipf spread: a few common words match most of the catalogue, cost
 * the database the most to list, and are exactly the ones asked for again. The cache
 * follows the index: each new generation's changed documents are applied to the cached
 * sets, so a write costs the cache nothing but the documents it changed.
 */
export class PostingCache {
  /** Every entry, loaded or loading, in recency order (Map order: the last is the most recent). */
  readonly #entries = new Map<string, Promise<Posting>>();
  /** The loaded entries, which count against the budget. */
  readonly #ready = new Map<string, Posting>();
  #total = 0;
  /** The most recent moves to a next generation: from which, and the documents they changed. */
  readonly #moves: { from: number; changes: readonly ChangedDocument[] }[] = [];

  constructor(
    readonly budgetBytes: number,
    /** The index generation the cached sets describe. */
    public generation: number,
  ) {}

  /**
   * The cached posting for the key, or the one load makes (concurrent searches at the cache's
   * generation share one load). A load is kept whatever the generation of the search that
   * made it, brought to the cache's generation by the changes that came since (see #keep).
   */
  get(key: string, generation: number, load: () => Promise<Posting>): Promise<Posting> {
    const cached = this.#entries.get(key);
    if (cached) {
      this.#entries.delete(key);
      this.#entries.set(key, cached);
      return cached;
    }
    const loading = load();
    if (generation === this.generation) this.#entries.set(key, loading);
    loading.then(
      (posting) => this.#keep(key, loading, posting, generation),
      () => this.#entries.get(key) === loading && this.#entries.delete(key),
    );
    return loading;
  }

  /** A loaded entry, without waiting and without touching the recency order. */
  peek(key: string): Posting | undefined {
    return this.#ready.get(key);
  }

  get size(): number {
    return this.#ready.size;
  }

  get bytes(): number {
    return this.#total;
  }

  /**
   * Brings every cached set to the next generation. A set that changes is copied first:
   * searches still running on the previous snapshot keep the sets they started with. A
   * phrase is kept while no changed document has or had all its words; loads still under
   * way are brought up to date when they end.
   */
  advance(generation: number, changes: readonly ChangedDocument[]): void {
    this.#moves.push({ from: this.generation, changes });
    if (this.#moves.length > RECENT_MOVES) this.#moves.shift();
    this.generation = generation;
    for (const key of [...this.#entries.keys()]) {
      const before = this.#ready.get(key);
      if (!before) {
        this.#entries.delete(key);
        continue;
      }
      const after = changedPosting(key, before, changes);
      if (after === before) continue;
      if (!after) {
        this.#evict(key);
        continue;
      }
      this.#total += postingBytes(after) - postingBytes(before);
      this.#ready.set(key, after);
      this.#entries.set(key, Promise.resolve(after));
    }
  }

  /**
   * Keeps what a load read, at the cache's generation. The database gave what it holds when
   * the load ran, which is at least the generation of the search that asked, but it may have
   * run before the writes of the generations that came since: their changes are applied to
   * it, as advance applied them to the cached sets (applying a change twice changes nothing).
   * Under a write a second most searches of a busy process end after a newer generation came
   * in; keeping only the loads of searches at the cache's generation kept almost nothing, and
   * phrases were dropped at every write.
   */
  #keep(key: string, loading: Promise<Posting>, loaded: Posting, generation: number): void {
    const entry = this.#entries.get(key);
    // Another load of the key is kept or under way: that one stands.
    if (entry !== undefined && entry !== loading) return;
    const posting = this.#caughtUp(key, loaded, generation);
    if (!posting) return;
    this.#entries.delete(key);
    this.#entries.set(key, entry ?? Promise.resolve(posting));
    this.#ready.set(key, posting);
    this.#total += postingBytes(posting);
    for (const oldest of this.#entries.keys()) {
      if (this.#total <= this.budgetBytes || oldest === key) break;
      this.#evict(oldest);
    }
  }

  /** The posting brought from a generation to the cache's; undefined when that is too far back or a phrase changed. */
  #caughtUp(key: string, posting: Posting, generation: number): Posting | undefined {
    if (generation === this.generation) return posting;
    const first = this.#moves.findIndex((move) => move.from === generation);
    if (first < 0) return undefined;
    let caughtUp: Posting | undefined = posting;
    for (const move of this.#moves.slice(first)) {
      caughtUp = changedPosting(key, caughtUp, move.changes);
      if (!caughtUp) return undefined;
    }
    return caughtUp;
  }

  #evict(key: string): void {
    this.#entries.delete(key);
    const posting = this.#ready.get(key);
    if (posting) this.#total -= postingBytes(posting);
    this.#ready.delete(key);
  }
}

/** Moves remembered: a load that spans more (a minute of a write a second) is used but not kept. */
const RECENT_MOVES = 64;

export const TERM = "term:";
export const PHRASE = "phrase:";
const PREFIX = "prefix:";

/**
 * A half-typed word stands for the completions the vocabulary gave it, and its entry is
 * named by them: when a write changes which completions are the most frequent, the entry
 * is another one, so a long-lived process matches exactly the words a fresh one would.
 */
export function prefixKey(prefix: string, completions: readonly string[]): string {
  return `${PREFIX}${prefix}=${completions.join(" ")}`;
}

/** Whether a document's tokens (in one field group) contain what a term or prefix entry stands for. */
function matcherOf(key: string): (tokens: ReadonlySet<string>) => boolean {
  if (key.startsWith(TERM)) {
    const token = key.slice(TERM.length);
    return (tokens) => tokens.has(token);
  }
  const completions = key.slice(key.indexOf("=") + 1).split(" ");
  return (tokens) => completions.some((token) => tokens.has(token));
}

export function postingBytes(posting: Posting): number {
  return FIELDS.reduce((bytes, field) => bytes + bytesOf(posting[field]), 96);
}

/**
 * The posting after the changes; the same object when none of them touches it. A phrase's
 * documents cannot be told from the sets of a document's tokens: undefined when a changed
 * document has or had all its words, the same posting otherwise.
 */
function changedPosting(key: string, posting: Posting, changes: readonly ChangedDocument[]): Posting | undefined {
  if (!key.startsWith(PHRASE)) return applyChanges(posting, matcherOf(key), changes);
  // A document's tokens are split on spaces, so a phrase is its words split on spaces too.
  const words = key.slice(PHRASE.length).split(" ");
  const touched = changes.some(
    ({ position, tokens }) => contains(posting.all, position) || (tokens && words.every((word) => tokens.all.has(word))),
  );
  return touched ? undefined : posting;
}

function applyChanges(
  posting: Posting,
  matches: (tokens: ReadonlySet<string>) => boolean,
  changes: readonly ChangedDocument[],
): Posting {
  let next = posting;
  for (const { position, tokens } of changes) {
    if (!contains(next.all, position) && !(tokens && matches(tokens.all))) continue;
    next = {
      all: withPosition(next.all, position, tokens !== undefined && matches(tokens.all)),
      title: withPosition(next.title, position, tokens !== undefined && matches(tokens.title)),
      intro: withPosition(next.intro, position, tokens !== undefined && matches(tokens.intro)),
    };
  }
  return next.all === posting.all && next.title === posting.title && next.intro === posting.intro ? posting : next;
}

/** A backend's rows as a posting over snapshot positions; documents the snapshot does not hold are left out. */
export function toPosting(rows: PostingRows, positionOf: Int32Array): Posting {
  const set = (ids: readonly number[]) => {
    const positions = new TypedFastBitSet();
    for (const id of ids) {
      const position = positionOf[id] ?? -1;
      if (position >= 0) positions.add(position);
    }
    return positions;
  };
  return { all: compact(set(rows.all)), title: compact(set(rows.title)), intro: compact(set(rows.intro)) };
}
