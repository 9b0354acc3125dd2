import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import type { AfterWrite, EntityType, Trx } from "../history/save-entity.js";
import type { SearchBackend } from "./backends/search-backend.js";
import type { SearchEntityType } from "./search.types.js";
import { type AnalysedDocument, type ProgrammeCache, readCallSearchDocuments, readSearchDocument } from "./search-document.js";

const INDEXED = new Set<EntityType>(["call", "programme", "event", "article"]);
const CHUNK = 500;
/** Rows per insert: SQLite allows 32 766 bound values, and a document has 30 columns. */
const INSERT_CHUNK = 500;

/**
 * The after-write hook that keeps the search index in the transaction of the write it
 * follows: pass it to createCatalogueWriter(db, [createSearchIndexer(backend)]).
 */
export function createSearchIndexer(backend: SearchBackend): AfterWrite {
  return (trx, type, id) => indexEntity(trx, backend, type, id);
}

export async function indexEntity(trx: Trx, backend: SearchBackend, type: EntityType, id: number): Promise<void> {
  // Every write moves the generation, an indexed record or not: search shows the names of themes and
  // beneficiary types too, and other processes learn of any write from this one counter.
  const seq = await nextGeneration(trx);
  if (!INDEXED.has(type)) return;
  await indexOne(trx, backend, type as SearchEntityType, id, seq);
  if (type === "programme") {
    // Calls show their programme's name and inherit its themes, beneficiary types and partner rule.
    const calls = await trx.selectFrom("calls").select("id").where("programmeId", "=", id).execute();
    for (const call of calls) await indexOne(trx, backend, "call", call.id, seq);
  }
}

async function indexOne(trx: Trx, backend: SearchBackend, type: SearchEntityType, id: number, seq: number) {
  const before = await trx
    .selectFrom("searchDocuments")
    .select(["id", "published", "titleTerms", "codeTerms", "introTerms", "bodyTerms", "partsTerms"])
    .where("entityType", "=", type)
    .where("entityId", "=", id)
    .executeTakeFirst();
  const analysed = await readSearchDocument(trx, type, id);
  const docId = before?.id ?? (analysed && (await insertDocument(trx, analysed, seq)));
  if (docId === undefined) return;
  if (before) {
    await trx
      .updateTable("searchDocuments")
      .set({ ...(analysed?.row ?? { published: 0 }), seq })
      .where("id", "=", before.id)
      .execute();
  }
  const findable = analysed?.row.published === 1 ? analysed : undefined;
  await backend.writeDocument(trx, docId, findable?.row);
  await updateVocabulary(trx, before?.published === 1 ? distinctTerms(before) : new Set(), findable);
}

async function insertDocument(trx: Trx, analysed: AnalysedDocument, seq: number): Promise<number> {
  const { id } = await trx
    .insertInto("searchDocuments")
    .values({ ...analysed.row, seq })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

async function nextGeneration(db: Kysely<Database>): Promise<number> {
  await db
    .updateTable("searchState")
    .set((eb) => ({ generation: eb("generation", "+", 1) }))
    .where("id", "=", 1)
    .execute();
  const { generation } = await db.selectFrom("searchState").select("generation").where("id", "=", 1).executeTakeFirstOrThrow();
  return generation;
}

type Terms = { titleTerms: string; codeTerms: string; introTerms: string; bodyTerms: string; partsTerms: string };

function distinctTerms(terms: Terms): Set<string> {
  const all = [terms.titleTerms, terms.codeTerms, terms.introTerms, terms.bodyTerms, terms.partsTerms].join(" ");
  return new Set(all.split(" ").filter(Boolean));
}

/** Document frequencies follow published documents only, so a draft's words never surface in "did you mean". */
async function updateVocabulary(trx: Trx, before: Set<string>, after: AnalysedDocument | undefined) {
  const now = after ? distinctTerms(after.row) : new Set<string>();
  const changes = [
    ...[...now].filter((t) => !before.has(t)).map((term) => ({ term, word: after?.vocabulary.get(term) ?? term, df: 1 })),
    ...[...before].filter((t) => !now.has(t)).map((term) => ({ term, word: term, df: -1 })),
  ];
  await addToVocabulary(trx, changes);
  if (changes.some((c) => c.df < 0)) await trx.deleteFrom("searchTerms").where("df", "<=", 0).execute();
}

async function addToVocabulary(db: Kysely<Database>, rows: { term: string; word: string; df: number }[]) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto("searchTerms")
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) => oc.column("term").doUpdateSet((eb) => ({ df: eb("searchTerms.df", "+", eb.ref("excluded.df")) })))
      .execute();
  }
}

/** Rebuilds the whole index from the catalogue in one transaction (CLI, benchmark, after an upgrade). */
export async function reindexAll(db: Kysely<Database>, backend: SearchBackend): Promise<{ documents: number }> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom("searchDocuments").execute();
    await trx.deleteFrom("searchTerms").execute();
    const seq = await nextGeneration(trx);
    const vocabulary = new Map<string, { word: string; df: number }>();
    const programmes: ProgrammeCache = new Map();
    let documents = 0;
    const add = async (analysed: (AnalysedDocument | undefined)[]) => {
      const rows = analysed.flatMap((a) => (a ? [{ ...a.row, seq }] : []));
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        await trx
          .insertInto("searchDocuments")
          .values(rows.slice(i, i + INSERT_CHUNK))
          .execute();
      }
      for (const a of analysed) if (a?.row.published === 1) count(vocabulary, a);
      documents += rows.length;
    };
    const addOneByOne = async (type: "programme" | "event" | "article", table: "programmes" | "events" | "articles") => {
      const ids = (await trx.selectFrom(table).select("id").orderBy("id").execute()).map((r) => r.id);
      const analysed: (AnalysedDocument | undefined)[] = [];
      for (const id of ids) analysed.push(await readSearchDocument(trx, type, id, programmes));
      await add(analysed);
    };
    await addOneByOne("programme", "programmes");
    for (let from = 0; ; ) {
      const block = await readCallSearchDocuments(trx, from, CHUNK, programmes);
      if (block.lastId === undefined) break;
      await add(block.documents);
      from = block.lastId + 1;
    }
    await addOneByOne("event", "events");
    await addOneByOne("article", "articles");
    await addToVocabulary(
      trx,
      [...vocabulary].map(([term, { word, df }]) => ({ term, word, df })),
    );
    await backend.rebuild(trx);
    return { documents };
  });
}

function count(vocabulary: Map<string, { word: string; df: number }>, analysed: AnalysedDocument) {
  for (const term of distinctTerms(analysed.row)) {
    const entry = vocabulary.get(term);
    if (entry) entry.df++;
    else vocabulary.set(term, { word: analysed.vocabulary.get(term) ?? term, df: 1 });
  }
}
