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
  return set[lowerBound(set, position)] === position;
}

/**
 * The set with one position in it or out of it: the same object when that is already so,
 * else a copy (sets handed out to searches never change). A list takes the position in
 * place of a bitset built from it and listed again, which a write did for every word of
 * the document it changed.
 */
export function withPosition(set: PositionSet, position: number, present: boolean): PositionSet {
  if (contains(set, position) === present) return set;
  if (!(set instanceof Int32Array)) {
    const copy = set.clone();
    if (present) copy.add(position);
    else copy.remove(position);
    return copy;
  }
  const at = lowerBound(set, position);
  if (!present) {
    const shorter = new Int32Array(set.length - 1);
    shorter.set(set.subarray(0, at));
    shorter.set(set.subarray(at + 1), at);
    return shorter;
  }
  const longer = new Int32Array(set.length + 1);
  longer.set(set.subarray(0, at));
  longer[at] = position;
  longer.set(set.subarray(at), at + 1);
  // A list that has grown dense takes the smaller form, as compact gives it.
  return longer.length * 4 >= bitsetBytes(longer[longer.length - 1] as number) ? compact(toBitSet(longer)) : longer;
}

/** What a bitset holding positions up to this one costs (its words of 32 bits). */
function bitsetBytes(largest: number): number {
  return (Math.floor(largest / 32) + 1) * 4;
}

/** The first index of a sorted list whose value is not below the position. */
function lowerBound(set: Int32Array, position: number): number {
  let low = 0;
  let high = set.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((set[mid] as number) < position) low = mid + 1;
    else high = mid;
  }
  return low;
}
