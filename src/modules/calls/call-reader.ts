import type { Kysely } from "kysely";
import { grouped } from "../../platform/db/grouped.js";
import { inOrder } from "../../platform/db/in-order.js";
import type { Database, Row } from "../../platform/db/schema.js";
import { visibleTo } from "../history/visibility.js";
import { namedOfProgrammes } from "../programmes/programme-lists.queries.js";
import type { CallDetail, Deadline, Named } from "./call.queries.js";
import { type CallFacts, callFacts, type FactsParts, type FactsRow, inherits } from "./call-facts.js";

/*
 * The one reader of the call aggregate, at two levels, both set-based: every part is one query
 * for all the calls asked for, so a hundred calls cost the same number of queries as one.
 * - facts: what a result card shows (readCallFacts), in 5 queries;
 * - whole: all that a call page, the API, feeds, exports and mails show (readCalls, findCall),
 *   the facts' parts and the facts themselves included, in 11.
 */

/** The facts of visible calls by id: for the cards of a page of results. */
export async function readCallFacts(db: Kysely<Database>, ids: readonly number[], now: Date): Promise<Map<number, CallFacts>> {
  const sources = await readCallFactsSources(db, ids, now);
  return new Map([...sources].map(([id, { row, parts }]) => [id, callFacts(row, parts, now)]));
}

/** What a call's facts are made of: its facts at any moment are `callFacts(row, parts, now)`. */
export interface CallFactsSource {
  row: FactsRow;
  parts: FactsParts;
}

/** What the facts of visible calls are made of, by id: for a process that keeps them until a write changes them. */
export async function readCallFactsSources(
  db: Kysely<Database>,
  ids: readonly number[],
  now: Date,
): Promise<Map<number, CallFactsSource>> {
  if (ids.length === 0) return new Map();
  const rows = await visibleCalls(db, now)
    .select([...FACTS_COLUMNS, ...PROGRAMME_RULES])
    .where("calls.id", "in", [...ids])
    .execute();
  if (rows.length === 0) return new Map();
  const partsOf = await factsParts(db, rows);
  return new Map(rows.map((row) => [row.id, { row, parts: partsOf(row) }]));
}

/** Visible calls by id, whole, in the order asked. */
export async function readCalls(db: Kysely<Database>, ids: readonly number[], now: Date): Promise<CallDetail[]> {
  if (ids.length === 0) return [];
  const rows = await wholeRows(db, now)
    .where("calls.id", "in", [...ids])
    .execute();
  return inOrder(await wholeCalls(db, rows, now), ids);
}

export async function findCall(db: Kysely<Database>, slug: string, now: Date): Promise<CallDetail | undefined> {
  const rows = await wholeRows(db, now).where("calls.slug", "=", slug).execute();
  return (await wholeCalls(db, rows, now))[0];
}

/** The columns of a call its facts are made of: a card reads only these. */
const FACTS_COLUMNS = [
  "calls.id",
  "calls.programmeId",
  "calls.opensOn",
  "calls.closesAt",
  "calls.isRolling",
  "calls.budgetAmountEur",
  "calls.expectedGrants",
  "calls.minContributionEur",
  "calls.maxContributionEur",
  "calls.cofinancingNote",
  "calls.partnersNeeded",
  "calls.ownThemes",
  "calls.ownBeneficiaries",
] as const;

/** What a call follows of its programme where it says nothing itself, read with the call. */
const PROGRAMME_RULES = ["programmes.period as programmePeriod", "programmes.partnersNeeded as programmePartnersNeeded"] as const;

function visibleCalls(db: Kysely<Database>, now: Date) {
  return db.selectFrom("calls").leftJoin("programmes", "programmes.id", "calls.programmeId").where(visibleTo(now, "calls"));
}

function wholeRows(db: Kysely<Database>, now: Date) {
  return visibleCalls(db, now).selectAll("calls").select(PROGRAMME_RULES);
}

/** The parts a call's facts are made of, one query each for all the rows. */
async function factsParts(db: Kysely<Database>, rows: FactsRow[]): Promise<(row: FactsRow) => FactsParts> {
  const ids = rows.map((r) => r.id);
  const [deadlines, shares, ownTypes, programmeTypes] = await Promise.all([
    db
      .selectFrom("callDeadlines")
      .selectAll()
      .where("callId", "in", ids)
      .orderBy("callId")
      .orderBy("position")
      .execute()
      .then((found) =>
        grouped(
          found,
          (d) => d.callId,
          (d): Deadline => ({ date: d.dueOn, time: d.dueTime, at: d.dueAt, label: d.label }),
        ),
      ),
    db
      .selectFrom("callCofinancingShares")
      .select(["callId", "source", "bound", "percent"])
      .where("callId", "in", ids)
      .orderBy("callId")
      .orderBy("position")
      .execute()
      .then((found) =>
        grouped(
          found,
          (s) => s.callId,
          ({ source, bound, percent }) => ({ source, bound, percent }),
        ),
      ),
    namedOfCalls(db, "beneficiaryTypes", ids),
    namedOfProgrammes(db, "beneficiaryTypes", inheritingProgrammes(rows, "beneficiaries")),
  ]);
  return (row) => ({
    deadlines: deadlines.get(row.id) ?? [],
    shares: shares.get(row.id) ?? [],
    beneficiaryTypes: inherits(row, "beneficiaries")
      ? (programmeTypes.get(row.programmeId as number) ?? [])
      : (ownTypes.get(row.id) ?? []),
  });
}

type WholeRow = Row<"calls"> & FactsRow;

async function wholeCalls(db: Kysely<Database>, rows: WholeRow[], now: Date): Promise<CallDetail[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [partsOf, programmes, links, contacts, ownThemes, programmeThemes, events] = await Promise.all([
    factsParts(db, rows),
    programmesOf(db, rows),
    db
      .selectFrom("callLinks")
      .select(["callId", "label", "url"])
      .where("callId", "in", ids)
      .orderBy("callId")
      .orderBy("position")
      .execute()
      .then((found) =>
        grouped(
          found,
          (r) => r.callId,
          ({ label, url }) => ({ label, url }),
        ),
      ),
    db
      .selectFrom("callContacts")
      .innerJoin("contacts", "contacts.id", "callContacts.contactId")
      .selectAll("contacts")
      .select("callContacts.callId as ownerId")
      .where("callContacts.callId", "in", ids)
      .orderBy("callContacts.callId")
      .orderBy("callContacts.position")
      .execute()
      .then((found) =>
        grouped(
          found,
          (r) => r.ownerId,
          ({ ownerId: _, ...contact }) => contact,
        ),
      ),
    namedOfCalls(db, "themes", ids),
    namedOfProgrammes(db, "themes", inheritingProgrammes(rows, "themes")),
    db
      .selectFrom("eventCalls")
      .innerJoin("events", "events.id", "eventCalls.eventId")
      .select(["eventCalls.callId", "events.slug", "events.title", "events.startsAt", "events.endsAt", "events.isOnline"])
      .where("eventCalls.callId", "in", ids)
      .where(visibleTo(now, "events"))
      .orderBy("events.startsAt")
      .execute()
      .then((found) =>
        grouped(
          found,
          (r) => r.callId,
          ({ callId: _, ...e }) => ({ ...e, isOnline: e.isOnline === 1 }),
        ),
      ),
  ]);
  return rows.map((joined) => {
    const { programmePeriod: _period, programmePartnersNeeded: _partners, ...row } = joined;
    const parts = partsOf(joined);
    const facts = callFacts(joined, parts, now);
    const programme = row.programmeId === null ? undefined : programmes.get(row.programmeId);
    const themesInherited = inherits(row, "themes");
    return {
      id: row.id,
      slug: row.slug,
      title: row.title,
      code: row.code,
      language: row.language,
      status: facts.status,
      opensOn: row.opensOn,
      isRolling: row.isRolling === 1,
      closesAt: row.closesAt,
      nextDeadline: facts.nextDeadline,
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
      row,
      deadlines: parts.deadlines,
      shares: parts.shares,
      links: links.get(row.id) ?? [],
      contacts: contacts.get(row.id) ?? [],
      themes: themesInherited ? (programmeThemes.get(row.programmeId as number) ?? []) : (ownThemes.get(row.id) ?? []),
      themesInherited,
      beneficiaryTypes: parts.beneficiaryTypes,
      beneficiaryTypesInherited: inherits(row, "beneficiaries"),
      events: events.get(row.id) ?? [],
      // The programme's note explains the programme's rule, when that is the rule the call follows.
      partnersNote: row.partnersNote ?? (facts.partners.inherited ? (programme?.partnersNote ?? null) : null),
      facts,
    };
  });
}

type ProgrammeRef = Pick<Row<"programmes">, "id" | "slug" | "name" | "nameEn" | "language" | "shortName" | "partnersNote">;

async function programmesOf(db: Kysely<Database>, rows: FactsRow[]): Promise<Map<number, ProgrammeRef>> {
  const ids = [...new Set(rows.flatMap((r) => (r.programmeId === null ? [] : [r.programmeId])))];
  if (ids.length === 0) return new Map();
  const programmes = await db
    .selectFrom("programmes")
    .select(["id", "slug", "name", "nameEn", "language", "shortName", "partnersNote"])
    .where("id", "in", ids)
    .execute();
  return new Map(programmes.map((p) => [p.id, p]));
}

/** The programmes whose themes or beneficiary types some of the calls take over. */
function inheritingProgrammes(rows: FactsRow[], list: "themes" | "beneficiaries"): number[] {
  return [...new Set(rows.flatMap((r) => (inherits(r, list) ? [r.programmeId as number] : [])))];
}

/** The themes or beneficiary types the calls name themselves, each list in its order. */
async function namedOfCalls(
  db: Kysely<Database>,
  list: "themes" | "beneficiaryTypes",
  ids: number[],
): Promise<Map<number, Named[]>> {
  const query =
    list === "themes"
      ? db
          .selectFrom("callThemes")
          .innerJoin("themes", "themes.id", "callThemes.themeId")
          .select(["callThemes.callId", "slug", "nameNl", "nameEn"])
          .where("callThemes.callId", "in", ids)
          .orderBy("callThemes.callId")
          .orderBy("themes.position")
      : db
          .selectFrom("callBeneficiaryTypes")
          .innerJoin("beneficiaryTypes", "beneficiaryTypes.id", "callBeneficiaryTypes.beneficiaryTypeId")
          .select(["callBeneficiaryTypes.callId", "slug", "nameNl", "nameEn"])
          .where("callBeneficiaryTypes.callId", "in", ids)
          .orderBy("callBeneficiaryTypes.callId")
          .orderBy("beneficiaryTypes.position");
  return grouped(
    await query.execute(),
    (r) => r.callId,
    ({ slug, nameNl, nameEn }) => ({ slug, nameNl, nameEn }),
  );
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
