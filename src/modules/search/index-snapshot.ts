import type { Kysely } from "kysely";
import { TypedFastBitSet } from "typedfastbitset";
import type { Database, Row } from "../../platform/db/schema.js";
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
  documents: Map<number, SnapshotDocument>;
  byCode: Map<string, SnapshotDocument[]>;
  vocabulary: Vocabulary;
  labels: Labels;
  /** Every document by its index, the key of every document set. */
  docs: SnapshotDocument[];
  /** Document index by document id (-1: not findable). */
  indexOf: Int32Array;
  /** Every document, as a set to start from. */
  all: TypedFastBitSet;
  /** Per facet that does not depend on the time, the documents of each value. */
  facetSets: Partial<Record<FacetName, Map<string, TypedFastBitSet>>>;
  /** Calls, whose status and deadline window follow the clock. */
  calls: number[];
  /** Documents that wait for a publication moment. */
  scheduled: number[];
}

const cache = new WeakMap<Kysely<Database>, Promise<IndexSnapshot>>();

export async function indexSnapshot(db: Kysely<Database>): Promise<IndexSnapshot> {
  const { generation } = await db.selectFrom("searchState").select("generation").where("id", "=", 1).executeTakeFirstOrThrow();
  const cached = cache.get(db);
  const previous = cached ? await cached : undefined;
  if (previous?.generation === generation) return previous;
  const next = refresh(db, previous, generation);
  cache.set(db, next);
  next.catch(() => cache.delete(db));
  return next;
}

async function refresh(db: Kysely<Database>, previous: IndexSnapshot | undefined, generation: number): Promise<IndexSnapshot> {
  const documents = new Map(previous?.documents);
  let query = db.selectFrom("searchDocuments").select(columns);
  if (previous) query = query.where("seq", ">", previous.generation);
  for (const row of await query.execute()) {
    if (row.published === 1) documents.set(row.id, toSnapshot(row));
    else documents.delete(row.id);
  }
  const [terms, labels] = await Promise.all([db.selectFrom("searchTerms").selectAll().execute(), loadLabels(db)]);
  const byCode = new Map<string, SnapshotDocument[]>();
  for (const doc of documents.values()) {
    if (doc.codeKey) byCode.set(doc.codeKey, [...(byCode.get(doc.codeKey) ?? []), doc]);
  }
  return {
    generation,
    documents,
    byCode,
    vocabulary: new Vocabulary(terms, documents.size),
    labels,
    ...documentSets([...documents.values()]),
  };
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

/** Adds a document to the set of a facet value, making the set when it is the first. */
export function addToSet(sets: Map<string, TypedFastBitSet>, value: string, index: number): void {
  let set = sets.get(value);
  if (!set) {
    set = new TypedFastBitSet();
    sets.set(value, set);
  }
  set.add(index);
}

function documentSets(docs: SnapshotDocument[]) {
  const indexOf = new Int32Array(docs.reduce((max, d) => Math.max(max, d.id), 0) + 1).fill(-1);
  const all = new TypedFastBitSet();
  if (docs.length) all.addRange(0, docs.length);
  const facetSets: IndexSnapshot["facetSets"] = {};
  const calls: number[] = [];
  const scheduled: number[] = [];
  for (const [facet, values] of Object.entries(STORED_FACETS)) {
    const sets = new Map<string, TypedFastBitSet>();
    docs.forEach((doc, index) => {
      for (const value of values(doc)) addToSet(sets, value, index);
    });
    facetSets[facet as FacetName] = sets;
  }
  docs.forEach((doc, index) => {
    indexOf[doc.id] = index;
    if (doc.type === "call") calls.push(index);
    if (doc.visibleFrom !== null) scheduled.push(index);
  });
  return { docs, indexOf, all, facetSets, calls, scheduled };
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

async function loadLabels(db: Kysely<Database>): Promise<Labels> {
  const [themes, types, programmes] = await Promise.all([
    db.selectFrom("themes").select(["slug", "nameNl", "nameEn"]).execute(),
    db.selectFrom("beneficiaryTypes").select(["slug", "nameNl", "nameEn"]).execute(),
    db.selectFrom("programmes").select(["slug", "name", "shortName"]).execute(),
  ]);
  const named = (rows: { slug: string; nameNl: string; nameEn: string }[]) =>
    new Map(rows.map((r) => [r.slug, { nl: r.nameNl, en: r.nameEn }]));
  return {
    themes: named(themes),
    beneficiaryTypes: named(types),
    programmes: new Map(programmes.map((p) => [p.slug, { nl: p.shortName ?? p.name, en: p.shortName ?? p.name }])),
  };
}
