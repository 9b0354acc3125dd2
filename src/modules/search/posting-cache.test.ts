import { describe, expect, it } from "vitest";
import { contains, type PositionSet, sizeOf, toBitSet } from "./position-set.js";
import { type Posting, PostingCache, postingBytes, prefixKey, toPosting } from "./posting-cache.js";

/** A posting of positions 0..n-1 found anywhere, the first in the title. */
const postingOf = (n: number): Posting => {
  const positionOf = Int32Array.from({ length: n }, (_, i) => i);
  return toPosting({ all: [...positionOf], title: [0], intro: [] }, positionOf);
};
const bytes = (n: number) => postingBytes(postingOf(n));
const members = (set: PositionSet) => toBitSet(set).array();
const tokens = (all: string[], title: string[] = [], intro: string[] = []) => ({
  all: new Set(all),
  title: new Set(title),
  intro: new Set(intro),
});

describe("posting cache", () => {
  it("asks the database once for a word searched again", async () => {
    const cache = new PostingCache(1 << 20, 1);
    let loads = 0;
    const load = async () => {
      loads++;
      return postingOf(10);
    };
    await Promise.all([cache.get("term:subsidi", 1, load), cache.get("term:subsidi", 1, load)]);
    await cache.get("term:subsidi", 1, load);
    expect(loads).toBe(1);
  });

  it("keeps within its budget by dropping the least recently used words", async () => {
    const cache = new PostingCache(bytes(5000) * 2 + 1, 1);
    let loads = 0;
    const load = async () => {
      loads++;
      return postingOf(5000);
    };
    await cache.get("term:a", 1, load);
    await cache.get("term:b", 1, load);
    await cache.get("term:a", 1, load); // a is now the most recently used
    await cache.get("term:c", 1, load); // over budget: b goes
    expect(loads).toBe(3);
    await cache.get("term:a", 1, load);
    expect(loads).toBe(3);
    await cache.get("term:b", 1, load);
    expect(loads).toBe(4);
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBeLessThanOrEqual(cache.budgetBytes);
  });

  it("does not keep a failed load, so the next search asks again", async () => {
    const cache = new PostingCache(1 << 20, 1);
    await expect(cache.get("term:x", 1, () => Promise.reject(new Error("database gone")))).rejects.toThrow("database gone");
    const posting = await cache.get("term:x", 1, async () => postingOf(3));
    expect(members(posting.all)).toEqual([0, 1, 2]);
  });

  it("keeps what a search on an older generation loaded, with the changes since applied", async () => {
    const cache = new PostingCache(1 << 20, 1);
    cache.advance(2, [{ position: 3, tokens: tokens(["erasmus"]) }]); // a new document
    // The search's snapshot did not hold position 3 yet; the database may or may not have listed it.
    const loaded = await cache.get("term:erasmus", 1, async () => postingOf(3));
    expect(members(loaded.all)).toEqual([0, 1, 2]);
    expect(members((cache.peek("term:erasmus") as Posting).all)).toEqual([0, 1, 2, 3]);
  });

  it("keeps a load that a write overtook, with the write applied", async () => {
    const cache = new PostingCache(1 << 20, 1);
    let finish: (posting: Posting) => void = () => {};
    const loading = cache.get("term:erasmus", 1, () => new Promise<Posting>((resolve) => (finish = resolve)));
    cache.advance(2, [{ position: 1, tokens: undefined }]); // unpublished while the database answered
    finish(postingOf(3));
    await loading;
    expect(members((cache.peek("term:erasmus") as Posting).all)).toEqual([0, 2]);
  });

  it("keeps a phrase across writes to documents without all its words, and only those", async () => {
    const cache = new PostingCache(1 << 20, 1);
    await cache.get("phrase:erasmus plus", 1, async () => postingOf(2));
    cache.advance(2, [{ position: 5, tokens: tokens(["erasmus", "jeugd"]) }]);
    expect(cache.peek("phrase:erasmus plus")).toBeDefined();
    cache.advance(3, [{ position: 6, tokens: tokens(["erasmus", "plus"]) }]); // may now have the phrase
    expect(cache.peek("phrase:erasmus plus")).toBeUndefined();
    await cache.get("phrase:erasmus plus", 3, async () => postingOf(2));
    cache.advance(4, [{ position: 0, tokens: tokens(["horizon"]) }]); // had the phrase
    expect(cache.peek("phrase:erasmus plus")).toBeUndefined();
  });

  it("does not keep a load from further back than the writes it remembers", async () => {
    const cache = new PostingCache(1 << 20, 1);
    for (let generation = 2; generation <= 100; generation++) cache.advance(generation, []);
    await cache.get("term:x", 1, async () => postingOf(3));
    expect(cache.peek("term:x")).toBeUndefined();
    await cache.get("term:x", 90, async () => postingOf(3));
    expect(cache.peek("term:x")).toBeDefined();
  });

  it("follows the changed documents of the next generation, leaving the sets it handed out alone", async () => {
    const cache = new PostingCache(1 << 20, 1);
    const before = await cache.get("term:erasmus", 1, async () => postingOf(3));
    await cache.get("phrase:erasmus plus", 1, async () => postingOf(2));
    cache.advance(2, [
      { position: 1, tokens: undefined }, // unpublished
      { position: 2, tokens: tokens(["erasmus"], ["erasmus"]) }, // now in its title
      { position: 3, tokens: tokens(["erasmus", "jeugd"], [], ["erasmus"]) }, // new document
      { position: 4, tokens: tokens(["horizon"]) }, // unrelated
    ]);
    const after = await cache.get("term:erasmus", 2, async () => {
      throw new Error("should come from the cache");
    });
    expect(members(after.all)).toEqual([0, 2, 3]);
    expect(members(after.title)).toEqual([0, 2]);
    expect(members(after.intro)).toEqual([3]);
    expect(members(before.all)).toEqual([0, 1, 2]);
    expect(cache.peek("phrase:erasmus plus")).toBeUndefined();
  });

  it("keeps a prefix's documents in step with the completions it stands for", async () => {
    const cache = new PostingCache(1 << 20, 1);
    const key = prefixKey("innov", ["innovatie", "innovatiev"]);
    await cache.get(key, 1, async () => postingOf(2));
    cache.advance(2, [
      { position: 0, tokens: tokens(["horizon"]) },
      { position: 5, tokens: tokens(["innovatiev", "kmo"], ["innovatiev"]) },
      // A rarer completion the vocabulary did not list: a fresh process would not match it either.
      { position: 6, tokens: tokens(["innovatiekracht"]) },
    ]);
    const after = cache.peek(key) as Posting;
    expect(members(after.all)).toEqual([1, 5]);
    expect(members(after.title)).toEqual([5]);
  });

  it("keeps a rare word's documents as a list, a common word's as a bitset", () => {
    const positionOf = Int32Array.from({ length: 100_000 }, (_, i) => i);
    const rare = toPosting({ all: [5, 70_000], title: [], intro: [] }, positionOf);
    const common = toPosting({ all: [...positionOf.subarray(0, 50_000)], title: [], intro: [] }, positionOf);
    expect(postingBytes(rare)).toBeLessThan(200);
    expect(postingBytes(common)).toBeLessThan(7_000);
    expect(members(rare.all)).toEqual([5, 70_000]);
  });

  it("follows writes in a rare word's list and a common word's bitset alike", async () => {
    const positionOf = Int32Array.from({ length: 100_000 }, (_, i) => i);
    const cache = new PostingCache(1 << 24, 1);
    const rare = await cache.get("term:zeldzaam", 1, async () =>
      toPosting({ all: [5, 70_000], title: [70_000], intro: [] }, positionOf),
    );
    const common = await cache.get("term:vaak", 1, async () =>
      toPosting({ all: [...positionOf.subarray(0, 50_000)], title: [], intro: [] }, positionOf),
    );
    cache.advance(2, [
      { position: 5, tokens: undefined },
      { position: 300, tokens: tokens(["zeldzaam"], ["zeldzaam"]) },
      { position: 99_000, tokens: tokens(["vaak"], [], ["vaak"]) },
      { position: 7, tokens: tokens(["iets"]) },
    ]);
    const rareAfter = cache.peek("term:zeldzaam") as Posting;
    const commonAfter = cache.peek("term:vaak") as Posting;
    expect(members(rareAfter.all)).toEqual([300, 70_000]);
    expect(members(rareAfter.title)).toEqual([300, 70_000]);
    expect(rareAfter.all).toBeInstanceOf(Int32Array);
    // 5 unpublished, 300 and 7 no longer have the word, 99 000 is new.
    expect(sizeOf(commonAfter.all)).toBe(49_998);
    expect([5, 7, 300, 99_000].map((position) => contains(commonAfter.all, position))).toEqual([false, false, false, true]);
    expect(members(commonAfter.intro)).toEqual([99_000]);
    // What searches were handed before the write stays as it was.
    expect(members(rare.all)).toEqual([5, 70_000]);
    expect(sizeOf(common.all)).toBe(50_000);
    expect(contains(common.all, 99_000)).toBe(false);
  });

  it("leaves out documents the snapshot does not hold", () => {
    const positionOf = Int32Array.from([-1, 0, -1, 1]);
    const posting = toPosting({ all: [1, 2, 3], title: [3], intro: [2] }, positionOf);
    expect(members(posting.all)).toEqual([0, 1]);
    expect(members(posting.title)).toEqual([1]);
    expect(members(posting.intro)).toEqual([]);
  });
});
