import { type Context, Hono } from "hono";
import { cors } from "hono/cors";
import { etag } from "hono/etag";
import type { AppDeps } from "../../app-deps.js";
import { AppError } from "../../errors.js";
import { segments } from "../../platform/http/paths.js";
import { LANGS, type Lang } from "../../platform/i18n/translate.js";
import { findCall } from "../calls/call.queries.js";
import { findEvent } from "../events/event.queries.js";
import { callDeadlineEntries, eventEntry, toIcs } from "./calendar.js";
import { toCsv } from "./csv-export.js";
import { discoveryRoutes } from "./discovery.routes.js";
import { type FeedScope, feedSearch } from "./feed-search.js";
import { feedTitle } from "./feed-text.js";
import { buildFeed } from "./syndication.js";

const types = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  ics: "text/calendar; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
};

/**
 * Every search has its feeds next to its page: /oproepen/feed.rss?… for the calls overview,
 * /zoeken/feed.atom?… for the search page (and /en/calls/…, /en/search/…), plus a calendar
 * for one call's deadlines and for one event. Mounted before the pages, whose /:slug
 * would otherwise claim "feed.rss".
 */
export function feedRoutes(deps: AppDeps) {
  const app = new Hono();
  app.use("*", cors({ origin: "*", allowMethods: ["GET", "HEAD", "OPTIONS"] }));
  app.use("*", etag());
  const base = deps.config.BASE_URL;
  app.route("/", discoveryRoutes(deps));

  for (const lang of LANGS) {
    const prefix = lang === "nl" ? "" : `/${lang}`;
    const s = segments[lang];
    for (const [scope, section] of [
      ["calls", s.calls],
      ["search", s.search],
    ] as const) {
      const path = `${prefix}/${section}`;
      app.get(`${path}/feed.rss`, async (c) =>
        c.body((await feedFor(c, scope, lang, path)).rss2(), 200, { "Content-Type": types.rss }),
      );
      app.get(`${path}/feed.atom`, async (c) =>
        c.body((await feedFor(c, scope, lang, path)).atom1(), 200, { "Content-Type": types.atom }),
      );
      app.get(`${path}/agenda.ics`, async (c) => {
        const search = await feedSearch(deps, searchParams(c), scope, lang);
        const entries = search.entries.flatMap((e) =>
          e.call ? callDeadlineEntries(e.call, base, lang) : e.event ? [eventEntry(e.event, base, lang)] : [],
        );
        return c.body(toIcs(entries, feedTitle(lang, scope, search.query.q)), 200, { "Content-Type": types.ics });
      });
      app.get(`${path}/export.csv`, async (c) => {
        const search = await feedSearch(deps, searchParams(c), scope, lang);
        return c.body(toCsv(search.entries, lang), 200, {
          "Content-Type": types.csv,
          "Content-Disposition": `attachment; filename="subsidiegids-${section}.csv"`,
        });
      });
    }

    app.get(`${prefix}/${s.calls}/:slug/agenda.ics`, async (c) => {
      const call = await findCall(deps.db.kysely, c.req.param("slug"), deps.now());
      if (!call) throw new AppError("call_not_found");
      return calendarFile(c, toIcs(callDeadlineEntries(call, base, lang), call.title), call.slug);
    });
    app.get(`${prefix}/${s.events}/:slug/agenda.ics`, async (c) => {
      const event = await findEvent(deps.db.kysely, c.req.param("slug"), deps.now());
      if (!event) throw new AppError("event_not_found");
      return calendarFile(c, toIcs([eventEntry(event, base, lang)], event.title), event.slug);
    });
  }

  async function feedFor(c: Context, scope: FeedScope, lang: Lang, path: string) {
    const search = await feedSearch(deps, searchParams(c), scope, lang);
    const query = new URL(c.req.url).search;
    return buildFeed(search, scope, lang, { rss: `${base}${path}/feed.rss${query}`, atom: `${base}${path}/feed.atom${query}` });
  }

  return app;
}

function searchParams(c: Context): URLSearchParams {
  return new URL(c.req.url).searchParams;
}

function calendarFile(c: Context, ics: string, slug: string) {
  return c.body(ics, 200, { "Content-Type": types.ics, "Content-Disposition": `attachment; filename="${slug}.ics"` });
}
