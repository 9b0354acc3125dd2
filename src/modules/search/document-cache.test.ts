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
    const cache = new DocumentCache<string>(1 << 20, (text) => text.length);
    expect([...(await cache.getMany([1, 2], db.read))]).toEqual([
      [1, "text 1"],
      [2, "text 2"],
    ]);
    expect((await cache.getMany([2, 3, 1], db.read)).get(3)).toBe("text 3");
    expect(db.asked).toEqual([[1, 2], [3]]);
  });

  it("reads a document again once a write has changed it, and only that one", async () => {
    const db = database();
    for (const id of [1, 2]) db.texts.set(id, `text ${id}`);
    const cache = new DocumentCache<string>(1 << 20, (text) => text.length);
    await cache.getMany([1, 2], db.read);
    db.texts.set(2, "changed");
    cache.advance([2]);
    expect((await cache.getMany([1, 2], db.read)).get(2)).toBe("changed");
    expect(db.asked.at(-1)).toEqual([2]);
  });

  it("keeps what a read brought from the database, except what a write during the read changed", async () => {
    const db = database();
    for (const id of [1, 2]) db.texts.set(id, `text ${id}`);
    const cache = new DocumentCache<string>(1 << 20, (text) => text.length);
    // A search that began before the write and reads while it commits: it may have read document 1 as it was before.
    const slow = cache.getMany([1, 2], async (ids) => {
      const read = await db.read(ids);
      db.texts.set(1, "after");
      cache.advance([1]);
      return read;
    });
    expect((await slow).get(1)).toBe("text 1");
    const reads = db.asked.length;
    expect((await cache.getMany([1, 2], db.read)).get(1)).toBe("after");
    expect(db.asked.slice(reads)).toEqual([[1]]);
  });

  it("keeps nothing of a read during which every kept value was dropped", async () => {
    const db = database();
    db.texts.set(1, "before");
    const cache = new DocumentCache<string>(1 << 20, (text) => text.length);
    await cache.getMany([1], async (ids) => {
      const read = await db.read(ids);
      db.texts.set(1, "after");
      cache.clear();
      return read;
    });
    expect(cache.size).toBe(0);
    expect((await cache.getMany([1], db.read)).get(1)).toBe("after");
  });

  it("keeps within its budget by letting the least recently used go", async () => {
    const db = database();
    for (const id of [1, 2, 3]) db.texts.set(id, "x".repeat(100));
    const cache = new DocumentCache<string>(250, (text) => text.length);
    await cache.getMany([1, 2], db.read);
    await cache.getMany([1], db.read);
    await cache.getMany([3], db.read);
    expect(cache.bytes).toBeLessThanOrEqual(250);
    const reads = db.asked.length;
    await cache.getMany([1, 3], db.read);
    expect(db.asked.length).toBe(reads);
    await cache.getMany([2], db.read);
    expect(db.asked.at(-1)).toEqual([2]);
  });
});
