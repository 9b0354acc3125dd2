import { describe, expect, it } from "vitest";
import { DocumentCache } from "./document-cache.js";

/** A reader that gives every id its text at this moment, and counts what it was asked. */
function database() {
  const texts = new Map<number, string>();
  const asked: number[][] = [];
  const read = async (ids: number[]) => {
    asked.push(ids);
    return new Map(ids.flatMap((id) => (texts.has(id) ? [[id, texts.get(id) as string] as const] : [])));
  };
  return { texts, asked, read };
}

describe("the texts of documents kept per process", () => {
  it("asks the database only for the documents it does not hold, all in one read", async () => {
    const db = database();
    for (const id of [1, 2, 3]) db.texts.set(id, `text ${id}`);
    const cache = new DocumentCache<string>(1 << 20, 1, (text) => text.length);
    expect([...(await cache.getMany([1, 2], 1, db.read))]).toEqual([
      [1, "text 1"],
      [2, "text 2"],
    ]);
    expect((await cache.getMany([2, 3, 1], 1, db.read)).get(3)).toBe("text 3");
    expect(db.asked).toEqual([[1, 2], [3]]);
  });

  it("reads a document again once a write has changed it, and only that one", async () => {
    const db = database();
    for (const id of [1, 2]) db.texts.set(id, `text ${id}`);
    const cache = new DocumentCache<string>(1 << 20, 1, (text) => text.length);
    await cache.getMany([1, 2], 1, db.read);
    db.texts.set(2, "changed");
    cache.advance(2, [2]);
    expect((await cache.getMany([1, 2], 2, db.read)).get(2)).toBe("changed");
    expect(db.asked.at(-1)).toEqual([2]);
  });

  it("does not keep what it read for a search on an older generation, nor across a write during the read", async () => {
    const db = database();
    db.texts.set(1, "before");
    const cache = new DocumentCache<string>(1 << 20, 2, (text) => text.length);
    await cache.getMany([1], 1, db.read);
    expect(cache.size).toBe(0);
    const slow = cache.getMany([1], 2, async (ids) => {
      const read = await db.read(ids);
      db.texts.set(1, "after");
      cache.advance(3, [1]);
      return read;
    });
    expect((await slow).get(1)).toBe("before");
    expect((await cache.getMany([1], 3, db.read)).get(1)).toBe("after");
  });

  it("keeps within its budget by letting the least recently used go", async () => {
    const db = database();
    for (const id of [1, 2, 3]) db.texts.set(id, "x".repeat(100));
    const cache = new DocumentCache<string>(250, 1, (text) => text.length);
    await cache.getMany([1, 2], 1, db.read);
    await cache.getMany([1], 1, db.read);
    await cache.getMany([3], 1, db.read);
    expect(cache.bytes).toBeLessThanOrEqual(250);
    const reads = db.asked.length;
    await cache.getMany([1, 3], 1, db.read);
    expect(db.asked.length).toBe(reads);
    await cache.getMany([2], 1, db.read);
    expect(db.asked.at(-1)).toEqual([2]);
  });
});
