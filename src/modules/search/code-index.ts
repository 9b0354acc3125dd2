import type { SnapshotDocument } from "./index-snapshot.js";

/**
 * Beyond this many changed codes (or a tenth of all, whichever is more) the changes are
 * merged into a new base: until then a write copies the changes, not the hundred thousand
 * codes of the catalogue (a copy of those took a fifth of a second).
 */
const MAX_CHANGED = 2000;

/** The findable documents by their code key, each list in the order of the documents' positions. */
export class CodeIndex {
  readonly #base: ReadonlyMap<string, readonly SnapshotDocument[]>;
  /** Codes changed since the base was made; an empty list: no document has the code any more. */
  readonly #changed: ReadonlyMap<string, readonly SnapshotDocument[]>;

  constructor(
    base: ReadonlyMap<string, readonly SnapshotDocument[]>,
    changed: ReadonlyMap<string, readonly SnapshotDocument[]> = new Map(),
  ) {
    this.#base = base;
    this.#changed = changed;
  }

  /** Every document in position order: the index of a freshly loaded snapshot. */
  static of(docs: readonly (SnapshotDocument | undefined)[]): CodeIndex {
    const byCode = new Map<string, SnapshotDocument[]>();
    for (const doc of docs) {
      if (!doc?.codeKey) continue;
      const list = byCode.get(doc.codeKey);
      if (list) list.push(doc);
      else byCode.set(doc.codeKey, [doc]);
    }
    return new CodeIndex(byCode);
  }

  get(key: string): readonly SnapshotDocument[] | undefined {
    const list = this.#changed.get(key) ?? this.#base.get(key);
    return list?.length ? list : undefined;
  }

  /**
   * This index with documents taken out (their version before a write) and put in (after it),
   * `positionOf` giving the order within a code.
   */
  updated(removed: readonly SnapshotDocument[], added: readonly SnapshotDocument[], positionOf: Int32Array): CodeIndex {
    if (removed.length === 0 && added.length === 0) return this;
    const changed = new Map(this.#changed);
    const listOf = (key: string) => changed.get(key) ?? this.#base.get(key) ?? [];
    for (const doc of removed) {
      if (doc.codeKey)
        changed.set(
          doc.codeKey,
          listOf(doc.codeKey).filter((d) => d !== doc),
        );
    }
    for (const doc of added) {
      if (!doc.codeKey) continue;
      const list = [...listOf(doc.codeKey), doc].sort((a, b) => (positionOf[a.id] as number) - (positionOf[b.id] as number));
      changed.set(doc.codeKey, list);
    }
    if (changed.size <= Math.max(MAX_CHANGED, this.#base.size / 10)) return new CodeIndex(this.#base, changed);
    const merged = new Map(this.#base);
    for (const [key, list] of changed) {
      if (list.length) merged.set(key, list);
      else merged.delete(key);
    }
    return new CodeIndex(merged);
  }
}
