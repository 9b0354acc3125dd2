import { describe, expect, it } from "vitest";
import { words } from "./text-analysis.js";

const texts = (text: string) => words(text).map((w) => w.text);

describe("words of a text", () => {
  it("are folded runs of letters and digits, with where they stand in the text", () => {
    expect(words("Erasmus+ 2027: KA2!")).toEqual([
      { text: "erasmus", start: 0, end: 7 },
      { text: "2027", start: 9, end: 13 },
      { text: "ka2", start: 15, end: 18 },
    ]);
  });

  it("fold accents and letters without a decomposition", () => {
    expect(texts("Coöperatie één Skłodowska Ørsted ﬁnance Straße")).toEqual([
      "cooperatie",
      "een",
      "sklodowska",
      "orsted",
      "finance",
      "strasse",
    ]);
  });

  it("keep a possessive or plural 's with its word, whichever apostrophe, but not an 's that goes on", () => {
    expect(words("kmo's en KMO’s")).toEqual([
      { text: "kmo", start: 0, end: 5 },
      { text: "en", start: 6, end: 8 },
      { text: "kmo", start: 9, end: 14 },
    ]);
    expect(texts("it'sx l'Europe")).toEqual(["it", "sx", "l", "europe"]);
  });

  it("leave out what is not a word: emoji, letters of other scripts, runs longer than forty letters", () => {
    expect(texts(`😀 ΑΘΗΝΑ ${"a".repeat(41)} ok \uD800 fin`)).toEqual(["ok", "fin"]);
  });
});
