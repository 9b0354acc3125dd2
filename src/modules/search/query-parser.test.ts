import { describe, expect, it } from "vitest";
import { formatQuery, parseQuery } from "./query-parser.js";
import { parseSearchParams, toSearchParams } from "./search.types.js";
import { fold, stem } from "./text-analysis.js";

describe("query language", () => {
  it("reads words, phrases, exclusions, OR and a last-word prefix", () => {
    expect(parseQuery('kmo "circulaire economie" -landbouw erasmus OR horizon opleid')).toEqual({
      clauses: [
        [{ kind: "word", text: "kmo", prefix: false }],
        [{ kind: "phrase", words: ["circulaire", "economie"] }],
        [
          { kind: "word", text: "erasmus", prefix: false },
          { kind: "word", text: "horizon", prefix: false },
        ],
        [{ kind: "word", text: "opleid", prefix: true }],
      ],
      excluded: [{ kind: "word", text: "landbouw", prefix: false }],
    });
  });

  it("keeps nothing of the user's syntax: every word is plain letters and digits", () => {
    const ast = parseQuery("NEAR(a* \"b ^c\\ title:d ' OR 1=1;-- 😀");
    for (const node of [...ast.clauses.flat(), ...ast.excluded]) {
      for (const word of node.kind === "word" ? [node.text] : node.words) expect(word).toMatch(/^[a-z0-9]+$/);
    }
    expect(formatQuery(ast)).toBe('"near a" b c "title d" OR "1 1"');
  });

  it("folds accents and keeps Dutch plurals together", () => {
    expect(fold("Coöperatie één")).toBe("cooperatie een");
    expect(stem("organisaties", "nl")).toBe(stem("organisatie", "nl"));
    expect(stem("beroepsopleidingen", "nl")).toBe(stem("beroepsopleiding", "nl"));
  });
});

describe("search URL", () => {
  it("reads repeated parameters, reports what it cannot use, and writes a canonical URL back", () => {
    const { query, ignored } = parseSearchParams(
      new URLSearchParams("q=kmo&theme=onderwijs&theme=milieu&status=open&status=bogus&sort=soon&page=-3&deadline=30d"),
    );
    expect(query).toMatchObject({ q: "kmo", themes: ["onderwijs", "milieu"], statuses: ["open"], sort: "relevance", page: 1 });
    expect(ignored).toEqual(["status=bogus", "sort=soon", "page=-3"]);
    expect(toSearchParams(query).toString()).toBe("q=kmo&theme=milieu&theme=onderwijs&status=open&deadline=30d");
  });
});
