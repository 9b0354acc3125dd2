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
});
