import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import type { AfterWrite, EntityType, Trx, Written } from "../history/save-entity.js";
import type { SearchBackend } from "./backends/search-backend.js";
import type { SearchEntityType } from "./search.types.js";
import {
  type AnalysedDocument,
  type ProgrammeCache,
  readCallSearchDocuments,
  readSearchDocument,
  readSearchDocuments,
} from "./search-document.js";
import { TermNumbers } from "./term-numbers.js";

const INDEXED = new Set<EntityType>(["call", "programme", "event", "article"]);
const CHUNK = 500;
/** Rows per insert: SQLite allows 32 766 bound values, and a document has 30 columns. */
const INSERT_CHUNK = 500;

/**
 * The after-write hook that keeps the search index in the transaction of the write it
 * follows: pass it to createCatalogueWriter(db, [createSearchIndexer(backend)]). An import
 * hands it all its writes at once (`many`), so the index of a whole file is a few statements.
 */
export function createSearchIndexer(backend: SearchBackend): AfterWrite {
  const many = (trx: Trx, writes: readonly Written[]) => indexEntities(trx, backend, writes);
  return Object.assign((trx: Trx, type: EntityType, id: number) => many(trx, [{ type, id }]), { many });
}

export async function indexEntities(trx: Trx, backend: SearchBackend, writes: readonly Written[]): Promise<void> {
  if (writes.length === 0) return;
  // Every write moves the generation, an indexed record or not: search shows the names of themes and
  // beneficiary types too, and other processes learn of any write from this one counter.
  const seq = await nextGeneration(trx);
  const indexed = writes.filter((w) => INDEXED.has(w.type));
  if (indexed.length === 0) return;
  const idsOf = (type: SearchEntityType) => [...new Set(indexed.flatMap((w) => (w.type === type ? [w.id] : [])))];
  const programmeIds = idsOf("programme");
  // Calls show their programme's name and inherit its themes, beneficiary types and partner rule.
  const callsOfProgrammes = programmeIds.length
    ? (await trx.selectFrom("calls").select("id").where("programmeId", "in", programmeIds).execute()).map((c) => c.id)
    : [];
  const vocabulary = new Map<string, { word: string; df: number }>();
  const programmes: ProgrammeCache = new Map();
  const numbers = new TermNumbers(trx, seq);
  for (const type of ["programme", "event", "article"] as const) {
    await indexDocuments(trx, backend, type, idsOf(type), numbers, vocabulary, programmes);
  }
  const callIds = [...new Set([...idsOf("call"), ...callsOfProgrammes])];
  for (let i = 0; i < callIds.length; i += CHUNK) {
    await indexDocuments(trx, backend, "call", callIds.slice(i, i + CHUNK), numbers, vocabulary, programmes);
  }
  const changes = [...vocabulary].flatMap(([term, { word, df }]) => (df === 0 ? [] : [{ term, word, df }]));
  await addToVocabulary(trx, changes, numbers);
}

/** Brings the documents of records of one type up to date: new ones inserted together, changed ones updated. */
async function indexDocuments(
  trx: Trx,
  backend: SearchBackend,
  type: SearchEntityType,
  ids: number[],
  numbers: TermNumbers,
  vocabulary: Map<string, { word: string; df: number }>,
  programmes: ProgrammeCache,
) {
  if (ids.length === 0) return;
  const { seq } = numbers;
  const befores = await trx
    .selectFrom("searchDocuments")
    .select(["id", "entityId", "published", "titleTerms", "codeTerms", "introTerms", "bodyTerms", "partsTerms"])
    .where("entityType", "=", type)
    .where("entityId", "in", ids)
    .execute();
  const before = new Map(befores.map((b) => [b.entityId, b]));
  const analysed = await readSearchDocuments(trx, type, ids, programmes);
  // The tokens a document loses are numbered too: the vocabulary's counts are written by number.
  const lost = befores.flatMap((b) => (b.published === 1 ? [...distinctTerms(b)] : []));
  await numbers.add(wordsOf([...analysed.values()], lost));
  const fresh = ids.flatMap((id) => (before.has(id) ? [] : (analysed.get(id) ?? [])));
  const docIds = new Map(befores.map((b) => [b.entityId, b.id]));
  for (let i = 0; i < fresh.length; i += INSERT_CHUNK) {
    const inserted = await trx
      .insertInto("searchDocuments")
      .values(fresh.slice(i, i + INSERT_CHUNK).map((a) => ({ ...a.row, scoredFields: numbers.fieldsOf(a.row), seq })))
      .returning(["id", "entityId"])
      .execute();
    for (const row of inserted) docIds.set(row.entityId, row.id);
  }
  for (const b of befores) {
    const row = analysed.get(b.entityId)?.row;
    await trx
      .updateTable("searchDocuments")
      .set({ ...(row ?? { published: 0 }), scoredFields: row ? numbers.fieldsOf(row) : null, seq })
      .where("id", "=", b.id)
      .execute();
  }
  const documents = ids.flatMap((id) => {
    const docId = docIds.get(id);
    const now = analysed.get(id);
    return docId === undefined ? [] : [{ id: docId, findable: now?.row.published === 1 ? now : undefined }];
  });
  await backend.writeDocuments(
    trx,
    documents.map((d) => ({ id: d.id, terms: d.findable?.row })),
  );
  for (const id of ids) {
    const was = before.get(id);
    const now = analysed.get(id);
    countTerms(vocabulary, was?.published === 1 ? distinctTerms(was) : new Set(), now?.row.published === 1 ? now : undefined);
  }
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

/** The tokens of the published documents, each with the word it came from in the first that has it, and other tokens as themselves. */
function wordsOf(documents: readonly (AnalysedDocument | undefined)[], others: readonly string[] = []): Map<string, string> {
  const words = new Map<string, string>();
  for (const document of documents) {
    if (document?.row.published !== 1) continue;
    for (const term of distinctTerms(document.row)) if (!words.has(term)) words.set(term, document.vocabulary.get(term) ?? term);
  }
  for (const term of others) if (!words.has(term)) words.set(term, term);
  return words;
}

/** Document frequencies follow published documents only, so a draft's words never surface in "did you mean". */
function countTerms(
  vocabulary: Map<string, { word: string; df: number }>,
  before: Set<string>,
  after: AnalysedDocument | undefined,
) {
  const now = after ? distinctTerms(after.row) : new Set<string>();
  const add = (term: string, word: string, df: number) => {
    const entry = vocabulary.get(term);
    if (entry) entry.df += df;
    else vocabulary.set(term, { word, df });
  };
  for (const term of now) if (!before.has(term)) add(term, after?.vocabulary.get(term) ?? term, 1);
  for (const term of before) if (!now.has(term)) add(term, term, -1);
}

/**
 * Counts added to the vocabulary, each row marked with the generation that changed it, so a
 * running process reads only the rows changed since its snapshot. A token whose count falls to
 * zero keeps its row, at zero, for the same reason: its removal is a change to read.
 */
async function addToVocabulary(db: Kysely<Database>, rows: { term: string; word: string; df: number }[], numbers: TermNumbers) {
  const { seq } = numbers;
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto("searchTerms")
      .values(rows.slice(i, i + CHUNK).map((row) => ({ ...row, seq, number: numbers.of(row.term) })))
      .onConflict((oc) =>
        oc
          .column("term")
          .doUpdateSet((eb) => ({ df: eb("searchTerms.df", "+", eb.ref("excluded.df")), seq: eb.ref("excluded.seq") })),
      )
      .execute();
  }
}

/** Rebuilds the whole index from the catalogue in one transaction (CLI, benchmark, after an upgrade). */
export async function reindexAll(db: Kysely<Database>, backend: SearchBackend): Promise<{ documents: number }> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom("searchDocuments").execute();
    await trx.deleteFrom("searchTerms").execute();
    const seq = await nextGeneration(trx);
    // Every document gets a new id: a running process must load its snapshot afresh, not follow the changes.
    await trx.updateTable("searchState").set({ rebuilt: seq }).where("id", "=", 1).execute();
    const vocabulary = new Map<string, { word: string; df: number }>();
    const programmes: ProgrammeCache = new Map();
    const numbers = new TermNumbers(trx, seq);
    let documents = 0;
    const add = async (analysed: (AnalysedDocument | undefined)[]) => {
      await numbers.add(wordsOf(analysed));
      const rows = analysed.flatMap((a) => (a ? [{ ...a.row, scoredFields: numbers.fieldsOf(a.row), seq }] : []));
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        await trx
          .insertInto("searchDocuments")
          .values(rows.slice(i, i + INSERT_CHUNK))
          .execute();
      }
      for (const a of analysed) if (a?.row.published === 1) countTerms(vocabulary, new Set(), a);
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
      numbers,
    );
    await backend.rebuild(trx);
    return { documents };
  });
}
