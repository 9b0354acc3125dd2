import type { Kysely } from "kysely";
import { TypedFastBitSet } from "typedfastbitset";
import type { Database, Row } from "../../platform/db/schema.js";
import { CodeIndex } from "./code-index.js";
import { advanceDocumentTexts, type DocumentTexts, emptyDocumentTexts } from "./document-texts.js";
import { type ChangedDocument, PostingCache } from "./posting-cache.js";
import type { FacetName, SearchEntityType } from "./search.types.js";
import { Vocabulary } from "./vocabulary.js";

/**
 * What every search needs besides the full-text match, held in memory per process: the
 * facet inputs of every findable document, the vocabulary and the taxonomy labels. It is
 * refreshed when the index generation moves (any write), reading only the changed documents.
 */
export interface SnapshotDocument {
  id: number;
  type: SearchEntityType;
  entityId: number;
  language: "nl" | "en";
  codeKey: string | null;
  programmes: string[];
  themes: string[];
  beneficiaryTypes: string[];
  partners: string | null;
  projectType: string | null;
  opensOn: string | null;
  isRolling: boolean;
  closesAt: number | null;
  /** Deadline instants in milliseconds, ascending. */
  deadlines: number[];
  startsAt: number | null;
  sortDate: string;
  visibleFrom: number | null;
}

export interface Labels {
  themes: Map<string, { nl: string; en: string }>;
  beneficiaryTypes: Map<string, { nl: string; en: string }>;
  programmes: Map<string, { nl: string; en: string }>;
}

export interface IndexSnapshot {
  generation: number;
  byCode: CodeIndex;
  vocabulary: Vocabulary;
  labels: Labels;
  /**
   * Every findable document by its position, the key of every document set. Positions stay
   * put from one generation to the next (a new document is added at the end, a removed one
   * leaves a hole), so cached postings stay valid across writes.
   */
  docs: (SnapshotDocument | undefined)[];
  /** Document position by document id (-1: not findable). */
  positionOf: Int32Array;
  /** Every findable document, as a set to start from. */
  all: TypedFastBitSet;
  /** Per facet that does not depend on the time, the documents of each value. */
  facetSets: Record<StoredFacet, Map<string, TypedFastBitSet>>;
  /** Calls, whose status and deadline window follow the clock. */
  calls: number[];
  /** Documents that wait for a publication moment. */
  scheduled: number[];
  /** The postings of the words searched for, carried from generation to generation. */
  postings: PostingCache;
  /** The texts of the documents scored and shown, carried from generation to generation. */
  texts: DocumentTexts;
  /**
   * The snapshot this one was advanced from, and the positions that changed in between: what
   * searches derive from a snapshot and keep (orders, the clock's sets) is carried over from
   * it instead of made again from every document (see `prepare` of indexSnapshot). Let go
   * once a newer snapshot is advanced from this one, so no chain of old snapshots is kept.
   */
  advancedFrom: { snapshot: IndexSnapshot; positions: number[] } | undefined;
}

const cache = new WeakMap<Kysely<Database>, Promise<IndexSnapshot>>();

/**
 * The index generation: one counter in the database that every catalogue write moves in its
 * own transaction, so any process (web, worker, import) can tell from one row whether the
 * catalogue changed since its snapshot, whoever wrote.
 *
 * Who asks while a read is under way shares the next one, begun once that read is back: a
 * read begun before the question could miss a commit the asker must see, one begun after it
 * cannot. A busy process so reads the row about once per round trip, not once per request.
 */
export function currentGeneration(db: Kysely<Database>): Promise<number> {
  let reads = generationReads.get(db);
  if (!reads) {
    reads = {};
    generationReads.set(db, reads);
  }
  const running = reads.running;
  if (!running) return readGeneration(db, reads);
  const shared = reads;
  const after = () => {
    shared.next = undefined;
    return readGeneration(db, shared);
  };
  shared.next ??= running.then(after, after);
  return shared.next;
}

interface GenerationReads {
  running?: Promise<number>;
  next?: Promise<number>;
}

const generationReads = new WeakMap<Kysely<Database>, GenerationReads>();

function readGeneration(db: Kysely<Database>, reads: GenerationReads): Promise<number> {
  const read = db
    .selectFrom("searchState")
    .select("generation")
    .where("id", "=", 1)
    .executeTakeFirstOrThrow()
    .then((row) => row.generation);
  reads.running = read;
  const done = () => {
    if (reads.running === read) reads.running = undefined;
  };
  read.then(done, done);
  return read;
}

/**
 * A snapshot at least as new as the database's generation (or as `atLeast`, a generation the
 * caller has just read), advanced from the latest one this process holds. `prepare` runs on
 * an advanced snapshot before any search sees it: what searches derive from a snapshot is
 * carried over from its predecessor then, while that one still has it.
 */
export async function indexSnapshot(
  db: Kysely<Database>,
  budgets: CacheBudgets,
  atLeast?: number,
  prepare?: (advanced: IndexSnapshot) => void,
): Promise<IndexSnapshot> {
  const generation = atLeast ?? (await currentGeneration(db));
  for (;;) {
    const cached = cache.get(db);
    const previous = cached ? await cached.catch(() => undefined) : undefined;
    if (previous && previous.generation >= generation) return previous;
    // Another search started a newer snapshot meanwhile: build on that one. Two refreshes from the same
    // snapshot would both apply their changes to its posting cache, and the later-read one could be undone.
    if (cache.get(db) !== cached) continue;
    const next = previous
      ? advance(db, previous, generation).then((advanced) => {
          if (advanced.advancedFrom) prepare?.(advanced);
          return advanced;
        })
      : load(db, generation, budgets);
    cache.set(db, next);
    next.catch(() => cache.get(db) === next && cache.delete(db));
    return next;
  }
}

/** Memory per process for what searches keep: the postings of words, the texts of documents. */
export interface CacheBudgets {
  postings: number;
  texts: number;
}

/** Beyond this many changed documents a full load is cheaper than applying them one by one. */
const MAX_CHANGES = 2000;

/** Everything read afresh, with an empty posting cache. */
async function load(db: Kysely<Database>, generation: number, budgets: CacheBudgets): Promise<IndexSnapshot> {
  const rows = await db.selectFrom("searchDocuments").select(columns).where("published", "=", 1).orderBy("id").execute();
  const docs = rows.map(toSnapshot);
  const positionOf = new Int32Array(docs.reduce((max, d) => Math.max(max, d.id), 0) + 1).fill(-1);
  const facetSets = emptyFacetSets();
  docs.forEach((doc, position) => {
    positionOf[doc.id] = position;
    addToFacets(facetSets, doc, position);
  });
  const all = new TypedFastBitSet();
  if (docs.length) all.addRange(0, docs.length);
  return assemble(db, generation, {
    docs,
    positionOf,
    all,
    facetSets,
    postings: new PostingCache(budgets.postings, generation),
    texts: emptyDocumentTexts(budgets.texts),
  });
}

/**
 * The previous snapshot with the documents written since applied: they take their old
 * position or a new one at the end, and the posting cache follows them. A large change
 * (a full reindex, a big import) or many holes make it a full load instead.
 */
async function advance(db: Kysely<Database>, previous: IndexSnapshot, generation: number): Promise<IndexSnapshot> {
  const budget = { postings: previous.postings.budgetBytes, texts: previous.texts.budgetBytes };
  const { changed, rebuilt } = await db
    .selectFrom("searchDocuments")
    .select((eb) => [
      eb.fn.countAll<number>().as("changed"),
      eb.selectFrom("searchState").select("rebuilt").where("id", "=", 1).as("rebuilt"),
    ])
    .where("seq", ">", previous.generation)
    .executeTakeFirstOrThrow();
  // A full rebuild gives every document a new id: the old positions mean nothing any more.
  if (Number(rebuilt) > previous.generation || Number(changed) > MAX_CHANGES) return load(db, generation, budget);
  const [rows, changedTerms, labels] = await Promise.all([
    db
      .selectFrom("searchDocuments")
      .select([...columns, ...termColumns])
      .where("seq", ">", previous.generation)
      .orderBy("id")
      .execute(),
    db.selectFrom("searchTerms").select(["term", "word", "df", "number"]).where("seq", ">", previous.generation).execute(),
    loadLabels(db),
  ]);
  const docs = [...previous.docs];
  let positionOf: Int32Array = previous.positionOf.slice();
  const all = previous.all.clone();
  const facetSets = cloneFacetSets(previous.facetSets);
  const removed: SnapshotDocument[] = [];
  const added: SnapshotDocument[] = [];
  const changes: ChangedDocument[] = [];
  for (const row of rows) {
    let position = positionOf[row.id] ?? -1;
    const before = position >= 0 ? docs[position] : undefined;
    if (before) {
      removeFromFacets(facetSets, before, position);
      removed.push(before);
    }
    if (row.published !== 1) {
      if (position < 0) continue;
      docs[position] = undefined;
      positionOf[row.id] = -1;
      all.remove(position);
      changes.push({ position, tokens: undefined });
      continue;
    }
    if (position < 0) {
      position = docs.length;
      if (row.id >= positionOf.length) positionOf = grown(positionOf, row.id);
      positionOf[row.id] = position;
    }
    const doc = toSnapshot(row);
    docs[position] = doc;
    all.add(position);
    addToFacets(facetSets, doc, position);
    added.push(doc);
    changes.push({ position, tokens: tokensOf(row) });
  }
  const live = all.size();
  if (docs.length - live > Math.max(1000, live / 5)) return load(db, generation, budget);
  const postings = previous.postings;
  postings.advance(generation, changes);
  const texts = advanceDocumentTexts(previous.texts, {
    documents: rows.map((row) => row.id),
    calls: rows.flatMap((row) => (row.entityType === "call" ? [row.entityId] : [])),
    beneficiaryTypes: !sameLabels(previous.labels.beneficiaryTypes, labels.beneficiaryTypes),
  });
  // Only the latest snapshot is carried from: one that was never searched passes nothing on.
  previous.advancedFrom = undefined;
  return {
    ...derived(docs),
    docs,
    positionOf,
    all,
    facetSets,
    postings,
    texts,
    generation,
    byCode: previous.byCode.updated(removed, added, positionOf),
    vocabulary: previous.vocabulary.updated(changedTerms, live),
    labels,
    advancedFrom: { snapshot: previous, positions: changes.map((c) => c.position) },
  };
}

function grown(positionOf: Int32Array, id: number): Int32Array {
  const next = new Int32Array(Math.max(id + 1, Math.ceil(positionOf.length * 1.5))).fill(-1);
  next.set(positionOf);
  return next;
}

/** What a loaded snapshot reads besides its documents: the vocabulary and labels; and what it derives from them. */
async function assemble(
  db: Kysely<Database>,
  generation: number,
  parts: Pick<IndexSnapshot, "docs" | "positionOf" | "all" | "facetSets" | "postings" | "texts">,
): Promise<IndexSnapshot> {
  const [terms, labels] = await Promise.all([
    db.selectFrom("searchTerms").select(["term", "word", "df", "number"]).where("df", ">", 0).execute(),
    loadLabels(db),
  ]);
  return {
    ...parts,
    ...derived(parts.docs),
    generation,
    byCode: CodeIndex.of(parts.docs),
    vocabulary: new Vocabulary(terms, parts.all.size()),
    labels,
    advancedFrom: undefined,
  };
}

/** The calls, whose status follows the clock, and the documents waiting for a publication moment. */
function derived(docs: IndexSnapshot["docs"]): Pick<IndexSnapshot, "calls" | "scheduled"> {
  const calls: number[] = [];
  const scheduled: number[] = [];
  docs.forEach((doc, position) => {
    if (!doc) return;
    if (doc.type === "call") calls.push(position);
    if (doc.visibleFrom !== null) scheduled.push(position);
  });
  return { calls, scheduled };
}

/** Facets whose values are stored, not derived from the clock. */
const STORED_FACETS = {
  types: (doc) => [doc.type],
  themes: (doc) => doc.themes,
  beneficiaryTypes: (doc) => doc.beneficiaryTypes,
  programmes: (doc) => doc.programmes,
  partners: (doc) => (doc.partners ? [doc.partners] : []),
  projectTypes: (doc) => (doc.projectType ? [doc.projectType] : []),
  languages: (doc) => [doc.language],
} satisfies Partial<Record<FacetName, (doc: SnapshotDocument) => readonly string[]>>;

type StoredFacet = keyof typeof STORED_FACETS;

/** Adds a document to the set of a facet value, making the set when it is the first. */
export function addToSet(sets: Map<string, TypedFastBitSet>, value: string, index: number): void {
  let set = sets.get(value);
  if (!set) {
    set = new TypedFastBitSet();
    sets.set(value, set);
  }
  set.add(index);
}

function emptyFacetSets(): IndexSnapshot["facetSets"] {
  return Object.fromEntries(Object.keys(STORED_FACETS).map((facet) => [facet, new Map()])) as IndexSnapshot["facetSets"];
}

/** Copies, so searches running on the previous snapshot keep the sets they started with. */
function cloneFacetSets(sets: IndexSnapshot["facetSets"]): IndexSnapshot["facetSets"] {
  return Object.fromEntries(
    Object.entries(sets).map(([facet, values]) => [facet, new Map([...values].map(([value, set]) => [value, set.clone()]))]),
  ) as IndexSnapshot["facetSets"];
}

function addToFacets(sets: IndexSnapshot["facetSets"], doc: SnapshotDocument, position: number): void {
  for (const [facet, values] of Object.entries(STORED_FACETS)) {
    for (const value of values(doc)) addToSet(sets[facet as StoredFacet], value, position);
  }
}

function removeFromFacets(sets: IndexSnapshot["facetSets"], doc: SnapshotDocument, position: number): void {
  for (const [facet, values] of Object.entries(STORED_FACETS)) {
    for (const value of values(doc)) sets[facet as StoredFacet].get(value)?.remove(position);
  }
}

const termColumns = ["titleTerms", "codeTerms", "introTerms", "bodyTerms", "partsTerms"] as const;

/** The index tokens of a changed document per field group, as the backends index them. */
function tokensOf(row: Pick<Row<"searchDocuments">, (typeof termColumns)[number]>): ChangedDocument["tokens"] {
  const split = (...texts: string[]) => new Set(texts.join(" ").split(" ").filter(Boolean));
  return {
    all: split(row.titleTerms, row.codeTerms, row.introTerms, row.bodyTerms, row.partsTerms),
    title: split(row.titleTerms, row.codeTerms),
    intro: split(row.introTerms),
  };
}

const columns = [
  "id",
  "entityType",
  "entityId",
  "language",
  "codeKey",
  "programmes",
  "themes",
  "beneficiaryTypes",
  "partnersNeeded",
  "projectType",
  "opensOn",
  "isRolling",
  "closesAt",
  "deadlines",
  "startsAt",
  "sortDate",
  "visibleFrom",
  "published",
] as const;

type SnapshotRow = Pick<Row<"searchDocuments">, (typeof columns)[number]>;

const list = (value: string) => (value ? value.slice(1, -1).split("|") : []);
const time = (value: string | null) => (value ? Date.parse(value) : null);

function toSnapshot(row: SnapshotRow): SnapshotDocument {
  return {
    id: row.id,
    type: row.entityType,
    entityId: row.entityId,
    language: row.language,
    codeKey: row.codeKey,
    programmes: list(row.programmes),
    themes: list(row.themes),
    beneficiaryTypes: list(row.beneficiaryTypes),
    partners: row.partnersNeeded,
    projectType: row.projectType,
    opensOn: row.opensOn,
    isRolling: row.isRolling === 1,
    closesAt: time(row.closesAt),
    deadlines: (JSON.parse(row.deadlines) as string[]).map(Date.parse),
    startsAt: time(row.startsAt),
    sortDate: row.sortDate,
    visibleFrom: time(row.visibleFrom),
  };
}

/** Whether two label lists name the same values alike, in the same order. */
function sameLabels(a: Map<string, { nl: string; en: string }>, b: Map<string, { nl: string; en: string }>): boolean {
  if (a.size !== b.size) return false;
  const others = b.entries();
  for (const [slug, label] of a) {
    const [otherSlug, other] = others.next().value as [string, { nl: string; en: string }];
    if (slug !== otherSlug || label.nl !== other.nl || label.en !== other.en) return false;
  }
  return true;
}

async function loadLabels(db: Kysely<Database>): Promise<Labels> {
  const [themes, types, programmes] = await Promise.all([
    db.selectFrom("themes").select(["slug", "nameNl", "nameEn"]).execute(),
    // In their order, as cards list them: a change of order is a change of what cards show.
    db.selectFrom("beneficiaryTypes").select(["slug", "nameNl", "nameEn"]).orderBy("position").orderBy("id").execute(),
    db.selectFrom("programmes").select(["slug", "name", "nameEn"]).execute(),
  ]);
  const named = (rows: { slug: string; nameNl: string; nameEn: string }[]) =>
    new Map(rows.map((r) => [r.slug, { nl: r.nameNl, en: r.nameEn }]));
  return {
    themes: named(themes),
    beneficiaryTypes: named(types),
    // Full names: a short name is often the portal's code ("DIGITAL", "RFCS"), which tells a reader little.
    programmes: new Map(programmes.map((p) => [p.slug, { nl: p.name, en: p.nameEn ?? p.name }])),
  };
}
