import type { AppDeps } from "../../app-deps.js";
import { takeTurn } from "../../platform/http/loop-turns.js";
import { pathsFor } from "../../platform/http/paths.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { markdownToText } from "../../platform/views/markdown.js";
import { readArticleRows } from "../articles/article.queries.js";
import type { CallDetail } from "../calls/call.queries.js";
import { readCalls } from "../calls/call-reader.js";
import { type EventDetail, readEvents } from "../events/event.queries.js";
import { readProgrammeRows } from "../programmes/programme.queries.js";
import { readableMarkdown } from "../search/readable-text.js";
import { parseSearchParams, type SearchHit, type SearchQuery, toSearchParams } from "../search/search.types.js";

/** Where a feed's search comes from: the calls overview (calls only) or the search page (everything). */
export type FeedScope = "calls" | "search";

/** One result of a search, with what every export format needs to show it. */
export interface FeedEntry {
  kind: SearchHit["type"];
  id: number;
  title: string;
  url: string;
  summary: string;
  updatedAt: string;
  publishedAt: string | null;
  call?: CallDetail;
  event?: EventDetail;
}

export interface FeedSearch {
  entries: FeedEntry[];
  query: SearchQuery;
  /** How many results the whole search has; a feed carries the first FEED_SIZE of them. */
  total: number;
  /** The page on the site that shows the same search. */
  pageUrl: string;
  /** When the search was read; an empty feed is dated by it. */
  readAt: string;
  /** How long the results hold: until the next write (generation) or the moment (ms) the clock changes them. */
  freshness: { generation: number; until: number };
}

/** RSS and Atom carry the first results of a search, up to this many, and say so; CSV and ICS carry all of them. */
export const FEED_SIZE = 100;
/** Exports read the search a page of this many results at a time (the most a search page holds). */
const EXPORT_PAGE = 100;

/**
 * Runs the site's search for a feed URL: the same lenient parameter reading as the page
 * (a bad value is dropped, as on the page), so every search URL has its feeds.
 */
export async function feedSearch(deps: AppDeps, params: URLSearchParams, scope: FeedScope, lang: Lang): Promise<FeedSearch> {
  const now = deps.now();
  const { query, result } = await searchPage(deps, params, scope, 1, FEED_SIZE, now);
  const paths = pathsFor(lang);
  const visible = toSearchParams({ ...query, types: scope === "calls" ? [] : query.types, page: 1 }).toString();
  const page = scope === "calls" ? paths.section("calls") : paths.search();
  return {
    entries: await loadEntries(deps, result.hits, lang, now),
    query: result.query,
    total: result.total,
    pageUrl: `${deps.config.BASE_URL}${page}${visible ? `?${visible}` : ""}`,
    readAt: now.toISOString(),
    freshness: result.freshness,
  };
}

/**
 * Every result of a search, a page at a time, for exports that stream: each page is read
 * in the same few queries, and all pages at the same moment, so statuses agree throughout.
 */
export async function* allFeedEntries(
  deps: AppDeps,
  params: URLSearchParams,
  scope: FeedScope,
  lang: Lang,
): AsyncGenerator<FeedEntry[]> {
  const now = deps.now();
  for (let page = 1; ; page++) {
    const { result } = await searchPage(deps, params, scope, page, EXPORT_PAGE, now);
    yield await loadEntries(deps, result.hits, lang, now);
    if (page >= result.pageCount) return;
  }
}

/**
 * A search, then a turn of the event loop before its entries are read and rendered: each step
 * of a feed takes milliseconds, and between them the loop comes round to answer others.
 */
async function searchPage(deps: AppDeps, params: URLSearchParams, scope: FeedScope, page: number, pageSize: number, now: Date) {
  const { query } = parseSearchParams(params);
  const result = await deps.search.search({ ...feedQuery(params, scope), page, pageSize }, now);
  await takeTurn();
  return { query, result };
}

/** The search a feed URL runs: without words to rank by, a feed is about what is due first. */
function feedQuery(params: URLSearchParams, scope: FeedScope): SearchQuery {
  const { query } = parseSearchParams(params);
  const sort = params.has("sort") ? query.sort : implicitSort(query.q);
  return { ...query, types: scope === "calls" ? ["call"] : query.types, sort };
}

/**
 * A feed URL's search in canonical form: two URLs that run the same search share one kept
 * feed, and parameters no search reads are left out. The sort is written only when it is not
 * the one a URL without it runs.
 */
export function canonicalFeedParams(params: URLSearchParams, scope: FeedScope): URLSearchParams {
  const query = feedQuery(params, scope);
  const canonical = toSearchParams({ ...query, types: scope === "calls" ? [] : query.types, page: 1 });
  canonical.delete("sort");
  if (query.sort !== implicitSort(query.q)) canonical.set("sort", query.sort);
  return canonical;
}

function implicitSort(q: string): SearchQuery["sort"] {
  return q.trim() ? "relevance" : "deadline";
}

/** The entries of a page of hits: one read per kind of record, whatever the page's length. */
async function loadEntries(deps: AppDeps, hits: SearchHit[], lang: Lang, now: Date): Promise<FeedEntry[]> {
  const db = deps.db.kysely;
  const paths = pathsFor(lang);
  const base = deps.config.BASE_URL;
  const text = (markdown: string | null) => {
    const readable = readableMarkdown(markdown);
    return readable ? markdownToText(readable, 600) : "";
  };
  const idsOf = (type: SearchHit["type"]) => hits.flatMap((hit) => (hit.type === type ? [hit.id] : []));
  const [calls, events, programmes, articles] = await Promise.all([
    readCalls(db, idsOf("call"), now),
    readEvents(db, idsOf("event"), now),
    readProgrammeRows(db, idsOf("programme"), now),
    readArticleRows(db, idsOf("article"), now),
  ]);
  await takeTurn();
  const entries = new Map<string, FeedEntry>();
  for (const call of calls) {
    entries.set(`call-${call.id}`, {
      kind: "call",
      id: call.id,
      title: call.title,
      url: `${base}${paths.call(call.slug)}`,
      summary: text(call.introduction),
      updatedAt: call.updatedAt,
      publishedAt: call.row.publishedAt,
      call,
    });
  }
  for (const event of events) {
    entries.set(`event-${event.id}`, {
      kind: "event",
      id: event.id,
      title: event.title,
      url: `${base}${paths.event(event.slug)}`,
      summary: text(event.summary),
      updatedAt: event.updatedAt,
      publishedAt: event.publishedAt,
      event,
    });
  }
  for (const row of programmes) {
    entries.set(`programme-${row.id}`, {
      kind: "programme",
      id: row.id,
      title: row.name,
      url: `${base}${paths.programme(row.slug)}`,
      summary: text(row.introduction),
      updatedAt: row.updatedAt,
      publishedAt: row.publishedAt,
    });
  }
  for (const article of articles) {
    entries.set(`article-${article.id}`, {
      kind: "article",
      id: article.id,
      title: article.title,
      url: `${base}${paths.article(article.slug)}`,
      summary: article.subtitle ?? text(article.body),
      updatedAt: article.updatedAt,
      publishedAt: article.publishedAt,
    });
  }
  return hits.flatMap((hit) => entries.get(`${hit.type}-${hit.id}`) ?? []);
}
