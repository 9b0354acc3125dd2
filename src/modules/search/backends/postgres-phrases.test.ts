import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../../test/support/dialects.js";
import { articleInput } from "../../articles/article.input.js";
import { articleStore } from "../../articles/article.store.js";
import { createCatalogueWriter } from "../../history/catalogue-writer.js";
import { createSearchService, type SearchService } from "../search.service.js";
import { postgresBackend } from "./postgres.js";

/** Repeated words, hyphenated codes, phrases from one field into the next, and long phrases with all their pairs apart. */
const articles = [
  {
    slug: "herhaald",
    title: "Horizon horizon 2024 2024",
    subtitle: "De de de oproep",
    body: "Oproep oproep oproep 48213 48213.",
  },
  { slug: "code", title: "HORIZON-CL5-2024-D3-01 en HORIZON-2024", body: "Zie oproep 48213 en HORIZON-CL5-2024-D3-02." },
  { slug: "velden", title: "Klimaat en energie", subtitle: "Energie voor gemeenten", body: "Gemeenten en steden werken samen." },
  { slug: "lang", title: "Steun", body: "Steun voor kleine en middelgrote ondernemingen in Vlaanderen en Brussel." },
  {
    slug: "paren-apart",
    title: "Apart",
    body: "Kleine en middelgrote steden. Middelgrote ondernemingen in Brussel, ondernemingen in Vlaanderen.",
  },
];

describe.skipIf(!DIALECTS.includes("postgres"))("phrases by neighbouring pairs (postgres)", () => {
  let db: TestDb;
  let service: SearchService;
  beforeAll(async () => {
    db = await createTestDb("postgres");
    service = createSearchService(db);
    await createCatalogueWriter(db.kysely, [service.indexer]).transaction(async (tx) => {
      for (const a of articles) await tx.save(articleStore, { input: articleInput.parse(a), actor: "test" });
    });
  });
  afterAll(() => db.destroy());

  /** Every run of 2 to 6 neighbouring tokens of the indexed texts, across fields too, and each run reversed. */
  async function phrases(): Promise<string[][]> {
    const { rows } = await sql<{
      tokens: string;
    }>`select concat_ws(' ', title_terms, code_terms, intro_terms, body_terms, parts_terms) as tokens
      from search_documents`.execute(db.kysely);
    const runs = rows.flatMap(({ tokens }) => {
      const words = tokens.split(" ").filter(Boolean);
      return words.flatMap((_, start) => [2, 3, 4, 6].map((length) => words.slice(start, start + length)));
    });
    return runs.filter((run) => run.length > 1).flatMap((run) => [run, [...run].reverse()]);
  }

  const found = async (tokens: string[]) =>
    (await postgresBackend.documents(db.kysely, [{ kind: "phrase", tokens, boost: 1 }])).sort((a, b) => a - b);

  /** What the positions in the whole vector say. */
  async function byPositions(tokens: string[]): Promise<number[]> {
    const { rows } = await sql<{ id: number }>`select id from search_vectors
      where tsv @@ to_tsquery('simple', ${tokens.join(" <-> ")}) order by id`.execute(db.kysely);
    return rows.map((r) => r.id);
  }

  async function expectSameAsPositions(): Promise<void> {
    const all = await phrases();
    expect(all.length).toBeGreaterThan(100);
    for (const tokens of all) expect({ tokens, ids: await found(tokens) }).toEqual({ tokens, ids: await byPositions(tokens) });
  }

  it("finds exactly the documents where the words follow each other, written one by one", async () => {
    await expectSameAsPositions();
  });

  it("finds exactly the same after a full reindex", async () => {
    await service.reindexAll();
    await expectSameAsPositions();
  });

  it("does not find a long phrase in a document that has its pairs only apart", async () => {
    const slugs = async (q: string) => (await service.search({ q }, new Date())).hits.map((h) => h.slug);
    expect(await slugs('"middelgrote ondernemingen in vlaanderen"')).toEqual(["lang"]);
    expect((await slugs('"middelgrote ondernemingen"')).sort()).toEqual(["lang", "paren-apart"]);
    expect(await slugs("HORIZON-2024")).toEqual(expect.arrayContaining(["code", "herhaald"]));
  });
});
