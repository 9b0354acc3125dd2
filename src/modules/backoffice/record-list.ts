import { type Kysely, sql } from "kysely";
import type { Database, PublicationState } from "../../platform/db/schema.js";
import type { Lang } from "../../platform/i18n/translate.js";
import type { EntityType } from "../history/save-entity.js";
import type { RecordSection } from "./backoffice-paths.js";
import { containsPattern, type ListQuery, type ListShape, PAGE_SIZE } from "./list-query.js";

export const STATES: readonly PublicationState[] = ["draft", "scheduled", "published", "unpublished", "archived"];

export interface ListedRecord {
  id: number;
  slug: string;
  title: string;
  /** null: a record without workflow (a theme). */
  state: PublicationState | null;
  updatedAt: string | null;
  programme: string | null;
  closesAt: string | null;
  pending: boolean;
}

export const callListShape: ListShape = {
  filters: ["state", "programme"],
  sorts: ["title", "state", "updatedAt", "closesAt"],
  defaultSort: "updatedAt",
  defaultDir: "desc",
};

/** The "state" filter also offers the records with a change waiting beside the live version. */
export const PENDING_FILTER = "pending";

/** Calls for the back office: every state, with whether a change is waiting. */
export async function listCallRecords(db: Kysely<Database>, query: ListQuery) {
  let select = db
    .selectFrom("calls")
    .leftJoin("programmes", "programmes.id", "calls.programmeId")
    .leftJoin("pendingRevisions as pr", (join) =>
      join.onRef("pr.entityId", "=", "calls.id").on("pr.entityType", "=", "call" satisfies EntityType),
    );
  if (query.q) {
    select = select.where(matches(["calls.title", "calls.code", "calls.slug"], query.q));
  }
  select = stateFilter(select, query.filters.state, "calls.state");
  if (query.filters.programme) select = select.where("programmes.slug", "=", query.filters.programme);
  const { count } = await select.select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow();
  const order = { title: "calls.title", state: "calls.state", updatedAt: "calls.updatedAt", closesAt: "calls.closesAt" } as const;
  const rows = await select
    .select([
      "calls.id",
      "calls.slug",
      "calls.title",
      "calls.state",
      "calls.updatedAt",
      "calls.closesAt",
      "programmes.name as programme",
      "pr.seq as pendingSeq",
    ])
    .orderBy(order[query.sort as keyof typeof order] ?? "calls.updatedAt", query.dir)
    .orderBy("calls.id", "desc")
    .limit(PAGE_SIZE)
    .offset((query.page - 1) * PAGE_SIZE)
    .execute();
  return {
    total: Number(count),
    rows: rows.map(({ pendingSeq, ...row }): ListedRecord => ({ ...row, pending: pendingSeq !== null })),
  };
}

/** How the list of one kind of record (other than calls and contacts, which have their own) reads its table. */
export interface ListSpec {
  table: "programmes" | "events" | "articles" | "themes" | "beneficiaryTypes";
  type: EntityType;
  title: Record<Lang, string>;
  search: readonly string[];
  /** Themes and beneficiary types have no workflow state, nor a moment of their last change. */
  workflow: boolean;
  shape: ListShape;
}

const workflowShape: ListShape = {
  filters: ["state"],
  sorts: ["title", "state", "updatedAt"],
  defaultSort: "title",
  defaultDir: "asc",
};

const taxonomyShape: ListShape = { filters: [], sorts: ["title", "position"], defaultSort: "position", defaultDir: "asc" };

export const LIST_SPECS: Record<Exclude<RecordSection, "calls" | "contacts">, ListSpec> = {
  programmes: {
    table: "programmes",
    type: "programme",
    title: { nl: "name", en: "name" },
    search: ["name", "shortName", "slug"],
    workflow: true,
    shape: workflowShape,
  },
  events: {
    table: "events",
    type: "event",
    title: { nl: "title", en: "title" },
    search: ["title", "slug", "location", "organiser"],
    workflow: true,
    shape: { ...workflowShape, sorts: [...workflowShape.sorts, "startsAt"], defaultSort: "startsAt", defaultDir: "desc" },
  },
  articles: {
    table: "articles",
    type: "article",
    title: { nl: "title", en: "title" },
    search: ["title", "subtitle", "slug"],
    workflow: true,
    shape: { ...workflowShape, defaultSort: "updatedAt", defaultDir: "desc" },
  },
  themes: {
    table: "themes",
    type: "theme",
    title: { nl: "nameNl", en: "nameEn" },
    search: ["nameNl", "nameEn", "slug"],
    workflow: false,
    shape: taxonomyShape,
  },
  beneficiaries: {
    table: "beneficiaryTypes",
    type: "beneficiary_type",
    title: { nl: "nameNl", en: "nameEn" },
    search: ["nameNl", "nameEn", "slug"],
    workflow: false,
    shape: taxonomyShape,
  },
};

/** The records of one kind for the back office, with whether a change is waiting beside the live version. */
export async function listRecords(db: Kysely<Database>, spec: ListSpec, query: ListQuery, lang: Lang) {
  const table = spec.table;
  const column = (name: string) => `${table}.${name}`;
  let select = db
    .selectFrom(table as "programmes")
    .leftJoin("pendingRevisions as pr", (join) =>
      join.onRef("pr.entityId", "=", column("id") as "programmes.id").on("pr.entityType", "=", spec.type),
    );
  if (query.q) select = select.where(matches(spec.search.map(column), query.q));
  if (spec.workflow) select = stateFilter(select, query.filters.state, column("state"));
  const { count } = await select.select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow();
  const title = column(spec.title[lang]);
  const order: Record<string, string> = { title, state: column("state"), updatedAt: column("updatedAt") };
  for (const sort of ["startsAt", "position"]) order[sort] = column(sort);
  const rows = await select
    .select([
      sql<number>`${sql.ref(column("id"))}`.as("id"),
      sql<string>`${sql.ref(column("slug"))}`.as("slug"),
      sql<string>`${sql.ref(title)}`.as("title"),
      sql<PublicationState | null>`${spec.workflow ? sql.ref(column("state")) : sql`null`}`.as("state"),
      sql<string | null>`${spec.workflow ? sql.ref(column("updatedAt")) : sql`null`}`.as("updatedAt"),
      "pr.seq as pendingSeq",
    ])
    .orderBy(sql.ref(order[query.sort] ?? title), query.dir)
    .orderBy(sql.ref(column("id")), "asc")
    .limit(PAGE_SIZE)
    .offset((query.page - 1) * PAGE_SIZE)
    .execute();
  return {
    total: Number(count),
    rows: rows.map(
      ({ pendingSeq, ...row }): ListedRecord => ({ ...row, programme: null, closesAt: null, pending: pendingSeq !== null }),
    ),
  };
}

/** Any of the columns contains the words typed, ignoring case. */
export function matches(columns: string[], q: string) {
  const pattern = containsPattern(q);
  const tests = columns.map((column) => sql`lower(coalesce(${sql.ref(column)}, '')) like ${pattern} escape '\\'`);
  return sql<boolean>`(${sql.join(tests, sql` or `)})`;
}

// biome-ignore lint/suspicious/noExplicitAny: the same filter on two differently joined selects
function stateFilter<S extends { where: (...args: any[]) => S }>(select: S, state: string | undefined, column: string): S {
  if (!state) return select;
  if (state === PENDING_FILTER) return select.where(sql.ref("pr.seq"), "is not", null);
  return STATES.includes(state as PublicationState) ? select.where(sql.ref(column), "=", state) : select;
}

/** How many records are in each state, and how many have a change waiting, for the dashboard. */
export async function stateCounts(db: Kysely<Database>, table: "calls" | "programmes" | "events" | "articles") {
  const rows = await db
    .selectFrom(table as "calls")
    .select(["state", (eb) => eb.fn.countAll<number>().as("count")])
    .groupBy("state")
    .execute();
  const counts = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<PublicationState, number>;
  for (const row of rows) counts[row.state] = Number(row.count);
  return counts;
}

/** How many records of each kind have a change waiting to be published. */
export async function pendingCounts(db: Kysely<Database>): Promise<(type: EntityType) => number> {
  const rows = await db
    .selectFrom("pendingRevisions")
    .select(["entityType", (eb) => eb.fn.countAll<number>().as("count")])
    .groupBy("entityType")
    .execute();
  return (type) => Number(rows.find((r) => r.entityType === type)?.count ?? 0);
}
