import type { AppDeps } from "../../app-deps.js";
import { pathsFor } from "../../platform/http/paths.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { markdownToText } from "../../platform/views/markdown.js";
import { findArticle } from "../articles/article.queries.js";
import { type CallDetail, findCall } from "../calls/call.queries.js";
import { type EventDetail, findEvent } from "../events/event.queries.js";
import { findProgramme } from "../programmes/programme.queries.js";
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
  /** The page on the site that shows the same search. */
  pageUrl: string;
}

/** Feeds and exports carry the first results of a search, up to this many. */
export const FEED_SIZE = 100;

/**
 * Runs the site's search for a feed URL: the same lenient parameter reading as the page
 * (a bad value is dropped, as on the page), so every search URL has its feeds.
 */
export async function feedSearch(deps: AppDeps, params: URLSearchParams, scope: FeedScope, lang: Lang): Promise<FeedSearch> {
  const now = deps.now();
  const { query } = parseSearchParams(params);
  const sort = params.has("sort") ? query.sort : query.q.trim() ? "relevance" : "deadline";
  const scoped = {
    ...query,
    types: scope === "calls" ? (["call"] as const).slice() : query.types,
    sort,
    page: 1,
    pageSize: FEED_SIZE,
  };
  const result = await deps.search.search(scoped, now);
  const entries = await Promise.all(result.hits.map((hit) => loadEntry(deps, hit, lang, now)));
  const paths = pathsFor(lang);
  const visible = toSearchParams({ ...query, types: scope === "calls" ? [] : query.types, page: 1 }).toString();
  const page = scope === "calls" ? paths.section("calls") : paths.search();
  return {
    entries: entries.filter((e) => e !== undefined),
    query: result.query,
    pageUrl: `${deps.config.BASE_URL}${page}${visible ? `?${visible}` : ""}`,
  };
}

async function loadEntry(deps: AppDeps, hit: SearchHit, lang: Lang, now: Date): Promise<FeedEntry | undefined> {
  const db = deps.db.kysely;
  const paths = pathsFor(lang);
  const base = deps.config.BASE_URL;
  const text = (markdown: string | null) => (markdown ? markdownToText(markdown, 600) : "");
  if (hit.type === "call") {
    const call = await findCall(db, hit.slug, now);
    if (!call) return undefined;
    const url = `${base}${paths.call(call.slug)}`;
    return {
      kind: "call",
      id: call.id,
      title: call.title,
      url,
      summary: text(call.introduction),
      updatedAt: call.updatedAt,
      publishedAt: call.row.publishedAt,
      call,
    };
  }
  if (hit.type === "event") {
    const event = await findEvent(db, hit.slug, now);
    if (!event) return undefined;
    const url = `${base}${paths.event(event.slug)}`;
    return {
      kind: "event",
      id: event.id,
      title: event.title,
      url,
      summary: text(event.summary),
      updatedAt: event.updatedAt,
      publishedAt: event.publishedAt,
      event,
    };
  }
  if (hit.type === "programme") {
    const programme = await findProgramme(db, hit.slug, now);
    if (!programme) return undefined;
    const { row } = programme;
    return {
      kind: "programme",
      id: row.id,
      title: row.name,
      url: `${base}${paths.programme(row.slug)}`,
      summary: text(row.introduction),
      updatedAt: row.updatedAt,
      publishedAt: row.publishedAt,
    };
  }
  const article = await findArticle(db, hit.slug, now);
  if (!article) return undefined;
  return {
    kind: "article",
    id: article.id,
    title: article.title,
    url: `${base}${paths.article(article.slug)}`,
    summary: article.subtitle ?? text(article.body),
    updatedAt: article.updatedAt,
    publishedAt: article.publishedAt,
  };
}
