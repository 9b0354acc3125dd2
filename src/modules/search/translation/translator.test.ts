import { describe, expect, it } from "vitest";
import { loadGlossaryGroups } from "../glossary.js";
import { splitCompound } from "./compounds.js";
import { loadDictionary } from "./dictionary.js";
import { standardTranslator } from "./translator.js";

const translator = standardTranslator();
const everything = () => true;
const expansionsOf = (text: string) => translator.expand(text.split(" "), everything).map((e) => e.words.join(" "));

describe("the translation sources", () => {
  it("has a domain glossary of at least 500 groups", () => {
    expect(loadGlossaryGroups().length).toBeGreaterThanOrEqual(500);
  });

  it("translates the EU's own Dutch terms both ways", () => {
    expect(expansionsOf("kmo")).toContain("sme");
    expect(expansionsOf("sme")).toContain("kmo");
    expect(expansionsOf("derde landen")).toContain("third countries");
    expect(expansionsOf("third countries")).toContain("derde landen");
  });

  it("knows country and language names from ICU", () => {
    expect(expansionsOf("oekraine")).toContain("ukraine");
    expect(expansionsOf("servie")).toContain("serbia");
    expect(expansionsOf("duits")).toContain("german");
  });

  it("falls back on the general dictionary for words the glossary lacks", () => {
    const expansions = translator.expand(["kunstmatig"], everything);
    expect(expansions.map((e) => e.words.join(" "))).toContain("artificial");
    expect(expansions.every((e) => e.source === "dictionary")).toBe(true);
  });

  it("splits a Dutch compound into known words before translating its parts", () => {
    const dictionary = loadDictionary();
    const isWord = (w: string) => dictionary.isDutchWord(w);
    expect(splitCompound("ruimtevaartindustrie", (w) => w === "ruimtevaart" || isWord(w))).toEqual(["ruimtevaart", "industrie"]);
    expect(splitCompound("drinkwatervoorziening", isWord)).toEqual(["drinkwater", "voorziening"]);
    expect(splitCompound("vrijwilligerswerk", isWord)).toEqual(["vrijwilligers", "werk"]);
    const parts = translator.expand(["ruimtevaartindustrie"], everything);
    expect(parts.map((e) => e.words.join(" "))).toContain("space industry");
    expect(parts.every((e) => e.source === "compound")).toBe(true);
  });

  it("expands nothing it does not know", () => {
    expect(translator.expand(["xqzwv"], everything)).toEqual([]);
    expect(translator.knows(["xqzwv"])).toBe(false);
    expect(translator.knows(["renovatie"])).toBe(true);
  });
});
