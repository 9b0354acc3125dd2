import { TypedFastBitSet } from "typedfastbitset";

/**
 * A set of snapshot positions as the posting cache keeps it: a bitset when the set is
 * dense, its sorted positions when that is smaller. Most words are rare, and a bitset over
 * a hundred thousand documents costs 12 KB whatever it holds.
 */
export type PositionSet = TypedFastBitSet | Int32Array;

/** The smaller of the two forms of the set. */
export function compact(set: TypedFastBitSet): PositionSet {
  const size = set.size();
  if (size * 4 >= set.words.byteLength) {
    set.trim();
    return set;
  }
  return Int32Array.from(set.array());
}

export function toBitSet(set: PositionSet): TypedFastBitSet {
  if (!(set instanceof Int32Array)) return set.clone();
  const bits = new TypedFastBitSet();
  for (const position of set) bits.add(position);
  return bits;
}

export function unionInto(target: TypedFastBitSet, set: PositionSet): void {
  if (set instanceof Int32Array) for (const position of set) target.add(position);
  else target.union(set);
}

export function sizeOf(set: PositionSet): number {
  return set instanceof Int32Array ? set.length : set.size();
}

export function bytesOf(set: PositionSet): number {
  return set instanceof Int32Array ? set.byteLength : set.words.byteLength;
}

export function contains(set: PositionSet, position: number): boolean {
  if (!(set instanceof Int32Array)) return set.has(position);
  let low = 0;
  let high = set.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((set[mid] as number) < position) low = mid + 1;
    else high = mid;
  }
  return set[low] === position;
}
