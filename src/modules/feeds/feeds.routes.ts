import { type Context, Hono, type MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import type { AppDeps } from "../../app-deps.js";
import { AppError } from "../../errors.js";
import { CLOCK_BOUND_MS, type KeptOr, type MadeResponse, ResponseCache } from "../../platform/cache/cached-response.js";
import { onePer } from "../../platform/cache/one-per.js";
import { segments } from "../../platform/http/paths.js";
import { routeKind } from "../../platform/http/route-kind.js";
import { LANGS, type Lang } from "../../platform/i18n/translate.js";
import { findCall } from "../calls/call-reader.js";
import { findEvent, listEvents } from "../events/event.queries.js";
import { parseSearchParams } from "../search/search.types.js";
import { callDeadlineEntries, eventEntry, icsChunks, toIcs } from "./calendar.js";
import { csvChunks } from "./csv-export.js";
import { discoveryRoutes } from "./discovery.routes.js";
import { allFeedEntries, canonicalFeedParams, type FeedScope, feedSearch } from "./feed-search.js";
import { feedTitle, feedWords } from "./feed-text.js";
import { buildFeed } from "./syndication.js";
import { xlsxChunks } from "./xlsx-export.js";

/** Coming events in the public agenda: far more than a year holds, so in practice all of them. */
const UPCOMING_EVENTS = 1000;

const types = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  ics: "text/calendar; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Every search has its feeds next to its page: /oproepen/feed.rss?… for the calls overview,
 * /zoeken/feed.atom?… for the search page (and /en/calls/…, /en/search/…), plus a calendar
 * for one call's deadlines and for one event. Mounted before the pages, whose /:slug
 * would otherwise claim "feed.rss".
 */
export function feedRoutes(deps: AppDeps) {
  const app = new Hono();
  // Mounted at the root: without the guard these would answer for every page too.
  app.use("*", feedsOnly(cors({ origin: "*", allowMethods: ["GET", "HEAD", "OPTIONS"] })));
  const base = deps.config.BASE_URL;
  // What is made rather than kept waits for a place among the costly answers, so kept pages go ahead of a flood of these.
  const streamed = (c: Context, chunks: AsyncGenerator<string | Uint8Array>, headers: Record<string, string>) =>
    streamedBody(c, deps.load.costly.chunks(chunks), headers);

  // The exports of a whole search stream: kept whole they could be very large, so they are made each time.
  for (const lang of LANGS) {
    for (const [scope, path] of searchPaths(lang)) {
      app.get(`${path}/agenda.ics`, (c) => {
        const { query } = parseSearchParams(searchParams(c));
        const entries = mapBatches(allFeedEntries(deps, searchParams(c), scope, lang), (batch) =>
          batch.flatMap((e) =>
            e.call ? callDeadlineEntries(e.call, base, lang) : e.event ? [eventEntry(e.event, base, lang)] : [],
          ),
        );
        return streamed(c, icsChunks(entries, feedTitle(lang, scope, query.q)), { "Content-Type": types.ics });
      });
      app.get(`${path}/export.csv`, (c) =>
        streamed(c, csvChunks(allFeedEntries(deps, searchParams(c), scope, lang), lang), {
          "Content-Type": types.csv,
          "Content-Disposition": `attachment; filename="subsidiegids-${path.split("/").at(-1)}.csv"`,
        }),
      );
      app.get(`${path}/export.xlsx`, (c) =>
        streamed(c, xlsxChunks(allFeedEntries(deps, searchParams(c), scope, lang), lang), {
          "Content-Type": types.xlsx,
          "Content-Disposition": `attachment; filename="subsidiegids-${path.split("/").at(-1)}.xlsx"`,
        }),
      );
    }
  }

  const kept = responseCache(deps);
  const keptOr: KeptOr = async (c: Context, key: string, make: (now: Date) => Promise<MadeResponse>) => {
    const now = deps.now();
    return kept.respond(c, key, await deps.search.generation(), now.getTime(), () => deps.load.costly.make(() => make(now)));
  };
  app.route("/", discoveryRoutes(deps, keptOr));

  for (const lang of LANGS) {
    const prefix = lang === "nl" ? "" : `/${lang}`;
    const s = segments[lang];
    for (const [scope, path] of searchPaths(lang)) {
      for (const format of ["rss", "atom"] as const) {
        app.get(`${path}/feed.${format}`, (c) => {
          const query = canonicalFeedParams(searchParams(c), scope);
          return keptOr(c, `${path}/feed.${format}?${query}`, async () => {
            const { feed, freshness } = await feedFor(query, scope, lang, path);
            const body = format === "rss" ? feed.rss2() : feed.atom1();
            return { body, headers: { "Content-Type": types[format] }, until: freshness.until };
          });
        });
      }
    }

    // Coming events leave the list as they pass, without a write: the clock bounds how long it is kept.
    app.get(`${prefix}/${s.events}/agenda.ics`, (c) =>
      keptOr(c, c.req.path, async (now) => {
        const { events } = await listEvents(deps.db.kysely, { when: "upcoming", limit: UPCOMING_EVENTS }, now);
        const entries = events.map((event) => eventEntry(event, base, lang));
        const file = calendarFile(toIcs(entries, `Subsidiegids – ${feedWords[lang].events}`), segments[lang].events);
        return { ...file, until: now.getTime() + CLOCK_BOUND_MS };
      }),
    );
    // One record's calendar changes only with a write, which moves the generation.
    app.get(`${prefix}/${s.calls}/:slug/agenda.ics`, (c) =>
      keptOr(c, c.req.path, async (now) => {
        const call = await findCall(deps.db.kysely, c.req.param("slug"), now);
        if (!call) throw new AppError("call_not_found");
        return calendarFile(toIcs(callDeadlineEntries(call, base, lang), call.title), call.slug);
      }),
    );
    app.get(`${prefix}/${s.events}/:slug/agenda.ics`, (c) =>
      keptOr(c, c.req.path, async (now) => {
        const event = await findEvent(deps.db.kysely, c.req.param("slug"), now);
        if (!event) throw new AppError("event_not_found");
        return calendarFile(toIcs([eventEntry(event, base, lang)], event.title), event.slug);
      }),
    );
  }

  async function feedFor(query: URLSearchParams, scope: FeedScope, lang: Lang, path: string) {
    const search = await feedSearch(deps, query, scope, lang);
    const self = `?${query}`;
    const feed = buildFeed(search, scope, lang, {
      rss: `${base}${path}/feed.rss${self}`,
      atom: `${base}${path}/feed.atom${self}`,
    });
    return { feed, freshness: search.freshness };
  }

  return app;
}

/** The calls overview and the search page, each with its feeds and exports, per language. */
function searchPaths(lang: Lang): [FeedScope, string][] {
  const prefix = lang === "nl" ? "" : `/${lang}`;
  return [
    ["calls", `${prefix}/${segments[lang].calls}`],
    ["search", `${prefix}/${segments[lang].search}`],
  ];
}

async function* mapBatches<T, U>(batches: AsyncIterable<T>, map: (batch: T) => U): AsyncGenerator<U> {
  for await (const batch of batches) yield map(batch);
}

/** A body written as it is made; the first chunk is made before the status is sent, so a failing search is still an error page. */
async function streamedBody(c: Context, chunks: AsyncGenerator<string | Uint8Array>, headers: Record<string, string>) {
  const first = await chunks.next();
  const text = new TextEncoder();
  const encoder = { encode: (chunk: string | Uint8Array) => (typeof chunk === "string" ? text.encode(chunk) : chunk) };
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (!first.done) controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return c.body(body, 200, headers);
}

function feedsOnly(middleware: MiddlewareHandler): MiddlewareHandler {
  return (c, next) => (routeKind(c.req.path) === "feed" ? middleware(c, next) : next());
}

function searchParams(c: Context): URLSearchParams {
  return new URL(c.req.url).searchParams;
}

function calendarFile(ics: string, slug: string): MadeResponse {
  const headers = { "Content-Type": types.ics, "Content-Disposition": `attachment; filename="${slug}.ics"` };
  return { body: ics, headers, until: Number.POSITIVE_INFINITY };
}

const responseCache = onePer((deps: AppDeps) => new ResponseCache(deps.config.PAGE_CACHE_ENTRIES));
