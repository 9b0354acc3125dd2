import { describe, expect, it } from "vitest";
import type { Alternative } from "./query-compiler.js";
import { encodeFields, FIELD_NAMES, FieldsReader, type FieldTexts, needleOf, occurrences } from "./scored-fields.js";
import { Vocabulary, type VocabularyRow } from "./vocabulary.js";

const fieldsOf = (body: string, rest: Partial<FieldTexts> = {}): FieldTexts => ({
  title: "",
  code: "",
  intro: "",
  parts: "",
  ...rest,
  body,
});

/** A vocabulary of the documents' tokens, numbered in the order the indexer meets them. */
function vocabularyOf(...documents: FieldTexts[]): Vocabulary {
  const rows = new Map<string, VocabularyRow>();
  for (const texts of documents) {
    for (const term of Object.values(texts).join(" ").split(" ").filter(Boolean)) {
      if (!rows.has(term)) rows.set(term, { term, word: term, df: 1, number: rows.size });
    }
  }
  return new Vocabulary([...rows.values()], documents.length);
}

/** A document's fields as the indexer stores them. */
const stored = (texts: FieldTexts, vocabulary: Vocabulary) =>
  new FieldsReader().read(encodeFields(texts, (term) => vocabulary.numberOf(term) as number));

/** How often the alternative occurs in each field of the texts, as the scorer counts it. */
function counted(texts: FieldTexts, alternative: Alternative): Record<string, number> {
  const vocabulary = vocabularyOf(texts);
  const fields = stored(texts, vocabulary);
  const needle = needleOf(alternative, vocabulary);
  return Object.fromEntries(FIELD_NAMES.map((name, f) => [name, occurrences(fields, f, needle, vocabulary)]));
}

const term = (token: string): Alternative => ({ kind: "term", token, boost: 1 });

describe("a document's fields as the scorer keeps them", () => {
  it("count each field's tokens, an empty field having none", () => {
    const texts = fieldsOf("a b c a", { title: "subsidi", intro: "x  y" });
    const fields = stored(texts, vocabularyOf(texts));
    expect(FIELD_NAMES.map((_, f) => fields.length(f))).toEqual([1, 0, 3, 4, 0]);
  });

  it("count a token only where a whole token is it, in the field it is in", () => {
    const texts = fieldsOf("onderwijs onderwijsbeleid het onderwijs", { title: "onderwijs voor iedereen" });
    expect(counted(texts, term("onderwijs"))).toEqual({ title: 1, code: 0, intro: 0, body: 2, parts: 0 });
    expect(counted(texts, term("onderwij"))).toEqual({ title: 0, code: 0, intro: 0, body: 0, parts: 0 });
    expect(counted(texts, term("nergens"))).toEqual({ title: 0, code: 0, intro: 0, body: 0, parts: 0 });
  });

  it("count the tokens a prefix starts, and phrases where they overlap", () => {
    const texts = fieldsOf("zonne zonnepanel zon zonne zonne zonne");
    expect(counted(texts, { kind: "prefix", token: "zonn", boost: 1 }).body).toBe(5);
    expect(counted(texts, { kind: "phrase", tokens: ["zonne", "zonne"], boost: 1 }).body).toBe(2);
    expect(counted(texts, { kind: "phrase", tokens: ["zon", "zonne"], boost: 1 }).body).toBe(1);
    expect(counted(texts, { kind: "phrase", tokens: ["zonne", "zon"], boost: 1 }).body).toBe(0);
  });

  it("count words near each other by the characters between them, and a quarter for each time they stand apart", () => {
    const near = fieldsOf("climat adapt strategi climat");
    expect(counted(near, { kind: "near", tokens: ["climat", "adapt"], boost: 1 }).body).toBe(2 + 0.25);
    const apart = fieldsOf(`climat ${"woordenwoord ".repeat(5)}adapt`);
    expect(counted(apart, { kind: "near", tokens: ["climat", "adapt"], boost: 1 }).body).toBe(0.25);
    expect(counted(apart, { kind: "near", tokens: ["climat", "nergens"], boost: 1 }).body).toBe(0);
  });

  it("find a token with a space in it as the tokens it is made of", () => {
    expect(counted(fieldsOf("erasmus edu 2024 pex"), term("edu 2024")).body).toBe(1);
  });

  it("name a token by the vocabulary's number in every document", () => {
    const first = fieldsOf("een twee drie");
    const second = fieldsOf(`${"x".repeat(300)} twee`);
    const vocabulary = vocabularyOf(first, second);
    expect(occurrences(stored(second, vocabulary), 3, needleOf(term("twee"), vocabulary), vocabulary)).toBe(1);
    expect(vocabulary.tokenOf(vocabulary.numberOf("twee") as number)).toBe("twee");
  });

  it("count in a document written after the vocabulary was read only the tokens the vocabulary knows", () => {
    const older = fieldsOf("zonne climat adapt");
    const newer = fieldsOf("zonnepanel nieuwwoord climat adapt zonne");
    const fields = stored(newer, vocabularyOf(older, newer));
    const known = vocabularyOf(older);
    const count = (alternative: Alternative) => occurrences(fields, 3, needleOf(alternative, known), known);
    expect(count(term("zonne"))).toBe(1);
    expect(count({ kind: "prefix", token: "zonn", boost: 1 })).toBe(1);
    expect(count({ kind: "near", tokens: ["climat", "adapt"], boost: 1 })).toBe(1 + 0.25);
  });

  it("hold many distinct tokens, numbers past a byte and past two", () => {
    const texts = fieldsOf(Array.from({ length: 20_000 }, (_, i) => `t${i}`).join(" "));
    const vocabulary = vocabularyOf(texts);
    const fields = stored(texts, vocabulary);
    expect(fields.length(3)).toBe(20_000);
    // t1's one byte is also the last byte of t129's two: only where a token starts does it count.
    for (const token of ["t0", "t1", "t127", "t128", "t129", "t16383", "t16384", "t19999"]) {
      expect(occurrences(fields, 3, needleOf(term(token), vocabulary), vocabulary)).toBe(1);
    }
  });
});
