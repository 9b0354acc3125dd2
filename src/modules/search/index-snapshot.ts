import type { Kysely } from "kysely";
import type { Database, Row } from "../../platform/db/schema.js";
import type { SearchEntityType } from "./search.types.js";
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
  return { generation, documents, byCode, vocabulary: new Vocabulary(terms, documents.size), labels };
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
