import { describe, expect, it } from "vitest";
import { FreshCache } from "./fresh-cache.js";

describe("fresh cache", () => {
  const page = (value: string, until = 1_000) => ({ value, generation: 1, until });

  it("gives a value back while its generation and its moment hold", () => {
    const cache = new FreshCache<string>(10);
    cache.set("/zoeken?q=erasmus", page("<p>erasmus</p>"));
    expect(cache.get("/zoeken?q=erasmus", 1, 999)).toBe("<p>erasmus</p>");
    expect(cache.get("/zoeken?q=erasmus", 2, 999)).toBeUndefined();
    cache.set("/zoeken?q=erasmus", page("<p>erasmus</p>"));
    expect(cache.get("/zoeken?q=erasmus", 1, 1_000)).toBeUndefined();
  });

  it("keeps the most recently used values up to its size, and none when its size is 0", () => {
    const cache = new FreshCache<string>(2);
    cache.set("a", page("a"));
    cache.set("b", page("b"));
    cache.get("a", 1, 0);
    cache.set("c", page("c"));
    expect([cache.get("a", 1, 0), cache.get("b", 1, 0), cache.get("c", 1, 0)]).toEqual(["a", undefined, "c"]);
    const none = new FreshCache<string>(0);
    none.set("a", page("a"));
    expect(none.get("a", 1, 0)).toBeUndefined();
  });

  it("makes a value once for everyone who asks for it at the same time", async () => {
    const cache = new FreshCache<string>(10);
    let made = 0;
    const make = async () => {
      made++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return page(`<p>${made}</p>`);
    };
    const pages = await Promise.all([1, 2, 3].map(() => cache.getOrMake("/zoeken?q=erasmus", 1, 0, make)));
    expect(pages).toEqual(["<p>1</p>", "<p>1</p>", "<p>1</p>"]);
    expect(await cache.getOrMake("/zoeken?q=erasmus", 1, 500, make)).toBe("<p>1</p>");
    expect(made).toBe(1);
  });

  it("makes its own value for a newer generation than the one being made, and shares nothing when its size is 0", async () => {
    const cache = new FreshCache<string>(10);
    const older = cache.getOrMake("a", 1, 0, async () => page("old"));
    const newer = cache.getOrMake("a", 2, 0, async () => ({ value: "new", generation: 2, until: 1_000 }));
    expect([await older, await newer]).toEqual(["old", "new"]);
    const none = new FreshCache<string>(0);
    let made = 0;
    await Promise.all([1, 2].map(() => none.getOrMake("a", 1, 0, async () => page(`${++made}`))));
    expect(made).toBe(2);
  });

  it("lets the next visitor try again when making a value failed", async () => {
    const cache = new FreshCache<string>(10);
    await expect(cache.getOrMake("a", 1, 0, () => Promise.reject(new Error("database gone")))).rejects.toThrow("database gone");
    expect(await cache.getOrMake("a", 1, 0, async () => page("back"))).toBe("back");
  });
});
