import type { Insertable, Kysely } from "kysely";
import type { Database, DigestFrequency } from "../../platform/db/schema.js";
import { enqueueMails, type MailToQueue } from "../../platform/mail/outbox.js";
import { type DatedResult, resultsNewestFirst } from "../following/new-results.js";
import type { SearchService } from "../search/search.service.js";
import { addCalls, addEvents, type CatalogueNews, changeOrder, loadCatalogueNews } from "./catalogue-news.js";
import { buildDigest } from "./digest-builder.js";
import { linkKey } from "./digest-links.js";
import { type DigestRenderer, digestRenderer } from "./digest-mail.js";
import { addDays, type DigestPeriod, duePeriod } from "./digest-period.js";
import { type Recipient, type RecipientSource, recipientBatches } from "./recipient.js";
import { recipientSources } from "./recipient-sources.js";

export interface DigestRunDeps {
  db: Kysely<Database>;
  search: SearchService;
  baseUrl: string;
  /** DIGEST_HOUR: the Brussels hour at which a day's (or Monday's) digest closes. */
  digestHour: number;
  sources?: readonly RecipientSource[];
  batchSize?: number;
}

export interface DigestRunReport {
  /** Digests stored in the outbox by this run. */
  built: number;
  /** Recipients due whose period held nothing for them: no mail, cursors moved on. */
  empty: number;
}

/** A first digest or a catch-up after an outage looks back at most this far. */
const MAX_LOOKBACK_DAYS = 35;
/** Saved-search results read per query and run, newest first. */
const MAX_SEARCH_RESULTS = 500;

/**
 * Builds every digest due at `at`, for each frequency's latest period, and stores each in
 * the outbox in the transaction that moves its recipient's cursors: a digest stored is a
 * digest that will be sent, and what it reports is reported once. Running again for the
 * same moment finds every recipient at that period already and builds nothing. Recipients
 * are read once, whatever their frequency; a period's news when its first recipient comes.
 */
export async function runDigests(deps: DigestRunDeps, at: Date): Promise<DigestRunReport> {
  const report: DigestRunReport = { built: 0, empty: 0 };
  const periods = new Map<DigestFrequency, Promise<PeriodRun>>();
  for await (const batch of recipientBatches(deps.db, deps.sources ?? recipientSources, deps.batchSize)) {
    for (const frequency of ["daily", "weekly"] as const) {
      const due = batch.filter((r) => r.recipient.frequency === frequency);
      if (due.length === 0) continue;
      let run = periods.get(frequency);
      if (!run) {
        run = preparePeriod(deps, duePeriod(at, frequency, deps.digestHour));
        periods.set(frequency, run);
      }
      const counted = await buildBatch(deps, await run, due);
      report.built += counted.built;
      report.empty += counted.empty;
    }
  }
  return report;
}

/** What every recipient of one period shares: the news, the renderer and saved searches' results. */
interface PeriodRun {
  period: DigestPeriod;
  news: CatalogueNews;
  render: DigestRenderer;
  results: Map<string, DatedResult[]>;
  /** The earliest moment a recipient of the run may still need news from. */
  windowSince: string;
}

async function preparePeriod(deps: DigestRunDeps, period: DigestPeriod): Promise<PeriodRun> {
  const { db } = deps;
  const floor = new Date(Date.parse(period.end) - MAX_LOOKBACK_DAYS * 86_400_000).toISOString();
  const behind = await db
    .selectFrom("digestCursors")
    .select((eb) => [eb.fn.min("coveredUntil").as("since"), eb.fn.min("changeCursor").as("cursor")])
    .where("lastPeriod", "!=", period.key)
    .executeTakeFirst();
  // ISO instants sort as text: the earliest any due recipient needs, but no further back than the floor.
  const windowSince = [[period.start, behind?.since ?? period.start].sort()[0] as string, floor].sort()[1] as string;
  const beforeWindow = await db
    .selectFrom("changeRecords")
    .select((eb) => eb.fn.max(changeOrder(db)).as("order"))
    .where("createdAt", "<=", windowSince)
    .executeTakeFirst();
  const news = await loadCatalogueNews(db, {
    since: windowSince,
    until: period.end,
    afterRecord: Math.min(Number(beforeWindow?.order ?? 0), behind?.cursor ?? Number.MAX_SAFE_INTEGER),
    firstDate: addDays(period.date, -6),
    lastDate: period.date,
  });
  const render = digestRenderer({ news, baseUrl: deps.baseUrl, key: await linkKey(db) });
  return { period, news, render, results: new Map(), windowSince };
}

/** One batch of recipients due in a period, built in memory and stored in one transaction. */
async function buildBatch(
  deps: DigestRunDeps,
  run: PeriodRun,
  due: readonly { source: RecipientSource; id: number; recipient: Recipient }[],
): Promise<DigestRunReport> {
  const { db } = deps;
  const { period, news, results } = run;
  const keys = due.map((r) => r.recipient.key);
  const [cursorRows, triageRows] = await Promise.all([
    db.selectFrom("digestCursors").selectAll().where("recipientKey", "in", keys).execute(),
    db.selectFrom("digestTriage").select(["recipientKey", "callId"]).where("recipientKey", "in", keys).execute(),
  ]);
  const cursors = new Map(cursorRows.map((c) => [c.recipientKey, c]));
  const putAside = new Map<string, Set<number>>();
  for (const row of triageRows) putAside.set(row.recipientKey, (putAside.get(row.recipientKey) ?? new Set()).add(row.callId));
  const todo = due.filter((r) => cursors.get(r.recipient.key)?.lastPeriod !== period.key);
  if (todo.length === 0) return { built: 0, empty: 0 };
  await loadSearchResults(
    deps,
    news,
    results,
    todo.map((r) => r.recipient),
    run.windowSince,
  );

  const report: DigestRunReport = { built: 0, empty: 0 };
  for (let i = 0; i < todo.length; i += STORE_EVERY) {
    const counted = await buildAndStore(db, run, todo.slice(i, i + STORE_EVERY), cursors, putAside);
    report.built += counted.built;
    report.empty += counted.empty;
  }
  return report;
}

/**
 * Recipients' digests stored a few dozen at a time, each group in one transaction: its mails,
 * the searches they report and every recipient's cursor, all or nothing. A group's mails (34 KB
 * each) are stored and let go before the garbage collector's young generation fills up, so
 * they never reach the old one, whose collection a hundred thousand mails would make the
 * largest cost of a run.
 */
async function buildAndStore(
  db: Kysely<Database>,
  run: PeriodRun,
  group: readonly { source: RecipientSource; id: number; recipient: Recipient }[],
  cursors: ReadonlyMap<string, { changeCursor: number; coveredUntil: string }>,
  putAside: ReadonlyMap<string, ReadonlySet<number>>,
): Promise<DigestRunReport> {
  const { period, news, render, results } = run;
  const mails: MailToQueue[] = [];
  const reported: { source: RecipientSource; id: number; searches: number[] }[] = [];
  const moves: { recipientKey: string; changeCursor: number; coveredUntil: string; lastPeriod: string }[] = [];
  for (const { source, id, recipient } of group) {
    const stored = cursors.get(recipient.key);
    const cursor = stored ? { changeCursor: stored.changeCursor, coveredUntil: stored.coveredUntil } : undefined;
    const digest = buildDigest({
      recipient,
      period,
      cursor,
      news,
      putAside: putAside.get(recipient.key) ?? NOTHING_PUT_ASIDE,
      results: (search) => results.get(search.query) ?? [],
    });
    if (digest) {
      const mail = await render(digest, recipient, source.followCall !== undefined);
      mails.push({
        uniqueKey: `digest:${recipient.key}:${period.key}`,
        to: recipient.email,
        language: recipient.language,
        ...mail,
      });
      if (digest.reportedSearches.length) reported.push({ source, id, searches: digest.reportedSearches });
    }
    moves.push({
      recipientKey: recipient.key,
      changeCursor: Math.max(cursor?.changeCursor ?? 0, news.highWater),
      coveredUntil: cursor && cursor.coveredUntil > period.end ? cursor.coveredUntil : period.end,
      lastPeriod: period.key,
    });
  }

  await db.transaction().execute(async (trx) => {
    await enqueueMails(trx, mails);
    for (const { source, id, searches } of reported) await source.markSearchesSeen(trx, id, searches, period.end);
    await moveCursors(trx, moves);
  });
  return { built: mails.length, empty: moves.length - mails.length };
}

const NOTHING_PUT_ASIDE: ReadonlySet<number> = new Set();

/** Recipients whose digests are stored in one transaction. */
const STORE_EVERY = 50;

/** Cursor rows a multi-row upsert carries (4 values each). */
const CURSORS_PER_STATEMENT = 500;

async function moveCursors(trx: Kysely<Database>, moves: readonly Insertable<Database["digestCursors"]>[]): Promise<void> {
  for (let i = 0; i < moves.length; i += CURSORS_PER_STATEMENT) {
    await trx
      .insertInto("digestCursors")
      .values(moves.slice(i, i + CURSORS_PER_STATEMENT))
      .onConflict((oc) =>
        oc.column("recipientKey").doUpdateSet((eb) => ({
          changeCursor: eb.ref("excluded.changeCursor"),
          coveredUntil: eb.ref("excluded.coveredUntil"),
          lastPeriod: eb.ref("excluded.lastPeriod"),
        })),
      )
      .execute();
  }
}

/** Each distinct saved query runs once per period, however many recipients keep it. */
async function loadSearchResults(
  deps: DigestRunDeps,
  news: CatalogueNews,
  results: Map<string, DatedResult[]>,
  recipients: readonly Recipient[],
  floor: string,
): Promise<void> {
  const queries = new Set(recipients.flatMap((r) => r.searches.map((s) => s.query)).filter((q) => !results.has(q)));
  for (const query of queries) {
    const found: DatedResult[] = [];
    for await (const page of resultsNewestFirst(deps.db, deps.search, query, new Date(news.until))) {
      const recent = page.filter((hit) => hit.sortDate > floor);
      found.push(...recent);
      if (recent.length < page.length || found.length >= MAX_SEARCH_RESULTS) break;
    }
    results.set(
      query,
      found.filter((hit) => hit.type === "call" || hit.type === "event"),
    );
  }
  const hits = [...queries].flatMap((q) => results.get(q) ?? []);
  await addCalls(
    deps.db,
    news,
    hits.filter((h) => h.type === "call").map((h) => h.id),
  );
  await addEvents(
    deps.db,
    news,
    hits.filter((h) => h.type === "event").map((h) => h.id),
  );
}
