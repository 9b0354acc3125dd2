import type { Kysely } from "kysely";
import { inOrder } from "../../platform/db/in-order.js";
import type { Database, Row } from "../../platform/db/schema.js";
import { visibleTo } from "../history/visibility.js";
import type { CallDetail, CallSummary, Deadline, Named, SummaryRow } from "./call.queries.js";
import { callFacts } from "./call-facts.js";
import { callStatus } from "./call-status.js";

/**
 * The one reader of the call aggregate: pages, API, feeds and exports load calls with all
 * they show through here. Each part of the aggregate is one query for all the calls asked
 * for, so a hundred calls cost the same number of queries as one.
 */
export async function readCalls(db: Kysely<Database>, ids: readonly number[], now: Date): Promise<CallDetail[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("calls")
    .selectAll()
    .where("id", "in", [...ids])
    .where(visibleTo(now, "calls"))
    .execute();
  return inOrder(await detail(db, rows, now), ids);
}

export async function findCall(db: Kysely<Database>, slug: string, now: Date): Promise<CallDetail | undefined> {
  const row = await db.selectFrom("calls").selectAll().where("slug", "=", slug).where(visibleTo(now, "calls")).executeTakeFirst();
  return row ? (await detail(db, [row], now))[0] : undefined;
}

async function detail(db: Kysely<Database>, rows: Row<"calls">[], now: Date): Promise<CallDetail[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const inheriting = (own: "ownThemes" | "ownBeneficiaries") => [
    ...new Set(rows.flatMap((r) => (r[own] === 0 && r.programmeId !== null ? [r.programmeId] : []))),
  ];
  const [deadlines, programmes, shares, links, contacts, themes, types, events, programmeThemes, programmeTypes] =
    await Promise.all([
      deadlinesOf(db, rows),
      programmesOf(db, rows),
      grouped(
        db
          .selectFrom("callCofinancingShares")
          .select(["callId", "source", "bound", "percent"])
          .where("callId", "in", ids)
          .orderBy("callId")
          .orderBy("position")
          .execute(),
        (r) => r.callId,
        ({ source, bound, percent }) => ({ source, bound, percent }),
      ),
      grouped(
        db
          .selectFrom("callLinks")
          .select(["callId", "label", "url"])
          .where("callId", "in", ids)
          .orderBy("callId")
          .orderBy("position")
          .execute(),
        (r) => r.callId,
        ({ label, url }) => ({ label, url }),
      ),
      grouped(
        db
          .selectFrom("callContacts")
          .innerJoin("contacts", "contacts.id", "callContacts.contactId")
          .selectAll("contacts")
          .select("callContacts.callId as ownerId")
          .where("callContacts.callId", "in", ids)
          .orderBy("callContacts.callId")
          .orderBy("callContacts.position")
          .execute(),
        (r) => r.ownerId,
        ({ ownerId: _, ...contact }) => contact,
      ),
      grouped(
        db
          .selectFrom("callThemes")
          .innerJoin("themes", "themes.id", "callThemes.themeId")
          .select(["callThemes.callId as ownerId", "slug", "nameNl", "nameEn"])
          .where("callThemes.callId", "in", ids)
          .orderBy("callThemes.callId")
          .orderBy("themes.position")
          .execute(),
        (r) => r.ownerId,
        named,
      ),
      grouped(
        db
          .selectFrom("callBeneficiaryTypes")
          .innerJoin("beneficiaryTypes", "beneficiaryTypes.id", "callBeneficiaryTypes.beneficiaryTypeId")
          .select(["callBeneficiaryTypes.callId as ownerId", "slug", "nameNl", "nameEn"])
          .where("callBeneficiaryTypes.callId", "in", ids)
          .orderBy("callBeneficiaryTypes.callId")
          .orderBy("beneficiaryTypes.position")
          .execute(),
        (r) => r.ownerId,
        named,
      ),
      grouped(
        db
          .selectFrom("eventCalls")
          .innerJoin("events", "events.id", "eventCalls.eventId")
          .select(["eventCalls.callId", "events.slug", "events.title", "events.startsAt", "events.endsAt", "events.isOnline"])
          .where("eventCalls.callId", "in", ids)
          .where(visibleTo(now, "events"))
          .orderBy("events.startsAt")
          .execute(),
        (r) => r.callId,
        ({ callId: _, ...e }) => ({ ...e, isOnline: e.isOnline === 1 }),
      ),
      namedOfProgrammes(db, "programmeThemes", inheriting("ownThemes")),
      namedOfProgrammes(db, "programmeBeneficiaryTypes", inheriting("ownBeneficiaries")),
    ]);
  return rows.map((row) => {
    const own = deadlines.get(row.id) ?? [];
    const inheritThemes = row.ownThemes === 0 && row.programmeId !== null;
    const inheritTypes = row.ownBeneficiaries === 0 && row.programmeId !== null;
    const ofProgramme = (lists: Map<number, Named[]>) => lists.get(row.programmeId as number) ?? [];
    const summary = summaryOf(row, own, programmes, now);
    const beneficiaryTypes = inheritTypes ? ofProgramme(programmeTypes) : (types.get(row.id) ?? []);
    const callShares = shares.get(row.id) ?? [];
    return {
      ...summary,
      row,
      deadlines: own,
      shares: callShares,
      links: links.get(row.id) ?? [],
      contacts: contacts.get(row.id) ?? [],
      themes: inheritThemes ? ofProgramme(programmeThemes) : (themes.get(row.id) ?? []),
      themesInherited: inheritThemes,
      beneficiaryTypes,
      beneficiaryTypesInherited: inheritTypes,
      events: events.get(row.id) ?? [],
      partnersNeeded: row.partnersNeeded,
      facts: callFacts(
        row,
        {
          status: summary.status,
          deadlines: own,
          shares: callShares,
          beneficiaryTypes,
          programmePeriod: row.programmeId === null ? null : (programmes.get(row.programmeId)?.period ?? null),
        },
        now,
      ),
    };
  });
}

type ProgrammeRef = Pick<Row<"programmes">, "id" | "slug" | "name" | "nameEn" | "language" | "shortName" | "period">;

function summaryOf(row: SummaryRow, deadlines: Deadline[], programmes: Map<number, ProgrammeRef>, now: Date): CallSummary {
  const programme = row.programmeId === null ? undefined : programmes.get(row.programmeId);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    code: row.code,
    language: row.language,
    status: callStatus({ opensOn: row.opensOn, closesAt: row.closesAt, isRolling: row.isRolling === 1 }, now),
    opensOn: row.opensOn,
    isRolling: row.isRolling === 1,
    closesAt: row.closesAt,
    nextDeadline: nextDeadline(deadlines, now),
    programme: programme
      ? {
          slug: programme.slug,
          name: programme.name,
          nameEn: programme.nameEn,
          language: programme.language,
          shortName: programme.shortName,
        }
      : null,
    introduction: row.introduction,
    updatedAt: row.updatedAt,
  };
}

export function nextDeadline(deadlines: Deadline[], now: Date): Deadline | null {
  const at = now.toISOString();
  return [...deadlines].sort((a, b) => a.at.localeCompare(b.at)).find((d) => d.at >= at) ?? null;
}

function deadlinesOf(db: Kysely<Database>, rows: SummaryRow[]): Promise<Map<number, Deadline[]>> {
  return grouped(
    db
      .selectFrom("callDeadlines")
      .selectAll()
      .where(
        "callId",
        "in",
        rows.map((r) => r.id),
      )
      .orderBy("callId")
      .orderBy("position")
      .execute(),
    (d) => d.callId,
    (d) => ({ date: d.dueOn, time: d.dueTime, at: d.dueAt, label: d.label }),
  );
}

async function programmesOf(db: Kysely<Database>, rows: SummaryRow[]): Promise<Map<number, ProgrammeRef>> {
  const ids = [...new Set(rows.flatMap((r) => (r.programmeId === null ? [] : [r.programmeId])))];
  if (ids.length === 0) return new Map();
  const programmes = await db
    .selectFrom("programmes")
    .select(["id", "slug", "name", "nameEn", "language", "shortName", "period"])
    .where("id", "in", ids)
    .execute();
  return new Map(programmes.map((p) => [p.id, p]));
}

/** The themes or beneficiary types of programmes, for the calls that inherit them. */
async function namedOfProgrammes(
  db: Kysely<Database>,
  table: "programmeThemes" | "programmeBeneficiaryTypes",
  programmeIds: number[],
): Promise<Map<number, Named[]>> {
  if (programmeIds.length === 0) return new Map();
  const query =
    table === "programmeThemes"
      ? db
          .selectFrom("programmeThemes")
          .innerJoin("themes", "themes.id", "programmeThemes.themeId")
          .select(["programmeThemes.programmeId", "slug", "nameNl", "nameEn"])
          .where("programmeThemes.programmeId", "in", programmeIds)
          .orderBy("programmeThemes.programmeId")
          .orderBy("themes.position")
      : db
          .selectFrom("programmeBeneficiaryTypes")
          .innerJoin("beneficiaryTypes", "beneficiaryTypes.id", "programmeBeneficiaryTypes.beneficiaryTypeId")
          .select(["programmeBeneficiaryTypes.programmeId", "slug", "nameNl", "nameEn"])
          .where("programmeBeneficiaryTypes.programmeId", "in", programmeIds)
          .orderBy("programmeBeneficiaryTypes.programmeId")
          .orderBy("beneficiaryTypes.position");
  return grouped(query.execute(), (r) => r.programmeId, named);
}

function named(r: Named): Named {
  return { slug: r.slug, nameNl: r.nameNl, nameEn: r.nameEn };
}

/** Rows of one query, in their order, grouped by the call (or programme) they belong to. */
async function grouped<R, T>(rows: Promise<R[]>, key: (row: R) => number, map: (row: R) => T): Promise<Map<number, T[]>> {
  const groups = new Map<number, T[]>();
  for (const row of await rows) {
    const id = key(row);
    const group = groups.get(id);
    if (group) group.push(map(row));
    else groups.set(id, [map(row)]);
  }
  return groups;
}

/** The fields the public history of a call tells about: what decides whether and when to apply. */
export const HISTORY_FIELDS = ["deadlines", "opensOn", "status", "budgetAmountEur", "isRolling"] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

export interface HistoryChange {
  field: HistoryField | null;
  before: unknown;
  after: unknown;
}

/** One save (or status flip) as the public history shows it: when, from where, what changed. */
export interface HistoryEntry {
  at: string;
  actor: string;
  changes: HistoryChange[];
}

/**
 * A call's public history from its change records, newest first: minor changes too (they are
 * history, only not alerted), and the records of one save together.
 */
export async function readCallHistory(db: Kysely<Database>, callId: number): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom("changeRecords")
    .select(["kind", "field", "oldValue", "newValue", "actor", "createdAt"])
    .where("entityType", "=", "call")
    .where("entityId", "=", callId)
    .where((eb) => eb.or([eb("kind", "=", "created"), eb("field", "in", [...HISTORY_FIELDS])]))
    .orderBy("id", "desc")
    .execute();
  const entries: HistoryEntry[] = [];
  for (const row of rows) {
    const change: HistoryChange = {
      field: row.kind === "created" ? null : (row.field as HistoryField),
      before: row.oldValue === null ? null : JSON.parse(row.oldValue),
      after: row.newValue === null ? null : JSON.parse(row.newValue),
    };
    const last = entries.at(-1);
    if (last && last.at === row.createdAt && last.actor === row.actor) last.changes.push(change);
    else entries.push({ at: row.createdAt, actor: row.actor, changes: [change] });
  }
  return entries;
}
