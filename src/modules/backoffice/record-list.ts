import { type Kysely, sql } from "kysely";
import type { Database, PublicationState } from "../../platform/db/schema.js";
import type { EntityType } from "../history/save-entity.js";
import { containsPattern, type ListQuery, type ListShape, PAGE_SIZE } from "./list-query.js";

export const STATES: readonly PublicationState[] = ["draft", "scheduled", "published", "unpublished", "archived"];

export interface ListedRecord {
  id: number;
  slug: string;
  title: string;
  state: PublicationState;
  updatedAt: string;
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

export const programmeListShape: ListShape = {
  filters: ["state"],
  sorts: ["title", "state", "updatedAt"],
  defaultSort: "title",
  defaultDir: "asc",
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

export async function listProgrammeRecords(db: Kysely<Database>, query: ListQuery) {
  let select = db
    .selectFrom("programmes")
    .leftJoin("pendingRevisions as pr", (join) =>
      join.onRef("pr.entityId", "=", "programmes.id").on("pr.entityType", "=", "programme" satisfies EntityType),
    );
  if (query.q) {
    select = select.where(matches(["programmes.name", "programmes.shortName", "programmes.slug"], query.q));
  }
  select = stateFilter(select, query.filters.state, "programmes.state");
  const { count } = await select.select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow();
  const order = { title: "programmes.name", state: "programmes.state", updatedAt: "programmes.updatedAt" } as const;
  const rows = await select
    .select([
      "programmes.id",
      "programmes.slug",
      "programmes.name as title",
      "programmes.state",
      "programmes.updatedAt",
      "pr.seq as pendingSeq",
    ])
    .orderBy(order[query.sort as keyof typeof order] ?? "programmes.name", query.dir)
    .orderBy("programmes.id", "asc")
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
function matches(columns: string[], q: string) {
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
export async function stateCounts(db: Kysely<Database>, table: "calls" | "programmes") {
  const rows = await db
    .selectFrom(table as "calls")
    .select(["state", (eb) => eb.fn.countAll<number>().as("count")])
    .groupBy("state")
    .execute();
  const counts = Object.fromEntries(STATES.map((s) => [s, 0])) as Record<PublicationState, number>;
  for (const row of rows) counts[row.state] = Number(row.count);
  return counts;
}

/** How many calls and programmes have a change waiting to be published. */
export async function pendingCounts(db: Kysely<Database>): Promise<Record<"call" | "programme", number>> {
  const rows = await db
    .selectFrom("pendingRevisions")
    .select(["entityType", (eb) => eb.fn.countAll<number>().as("count")])
    .groupBy("entityType")
    .execute();
  const count = (type: string) => Number(rows.find((r) => r.entityType === type)?.count ?? 0);
  return { call: count("call"), programme: count("programme") };
}
