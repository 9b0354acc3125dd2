import { type Context, Hono } from "hono";
import type { JSX } from "hono/jsx/jsx-runtime";
import type { AppDeps } from "../../app-deps.js";
import type { Fresh } from "../../platform/cache/fresh-cache.js";
import { onePer } from "../../platform/cache/one-per.js";
import { PageCache } from "../../platform/cache/page-cache.js";
import { segments } from "../../platform/http/paths.js";
import { pageContext } from "../../platform/http/site-context.js";
import { type Lang, translator } from "../../platform/i18n/translate.js";
import { FEED_SIZE } from "../feeds/feed-search.js";
import { guidePaths } from "../following/guide-paths.js";
import { subscriptionPaths } from "../subscriptions/subscription-paths.js";
import { parseSearchParams, type SearchResult, toSearchParams, withoutForeignParams } from "./search.types.js";
import { SearchPage } from "./views/search-page.js";

/** The search page, and the calls overview: the same search with the type fixed to calls. */
export function searchRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const s = segments[lang];

  app.get(`/${s.search}`, (c) =>
    cachedSearchPage(deps, c, async (now, generation) => {
      const page = pageContext(c, lang, deps.config.BASE_URL, now);
      const { query } = parseSearchParams(new URL(c.req.url).searchParams);
      const result = await deps.search.search(query, now, generation);
      const facts = await deps.search.callFacts(result, now);
      return rendered(
        result.freshness,
        <SearchPage
          page={page}
          result={result}
          action={page.paths.search()}
          title={page.t("search.title")}
          intro={page.t("search.intro")}
          breadcrumb={page.t("nav.search")}
          alternates={feedLinks(page.paths.search(), toSearchParams({ ...result.query, page: 1 }).toString(), lang)}
          facts={facts}
          saveHref={guidePaths(lang).saveSearch(toSearchParams({ ...result.query, page: 1 }).toString())}
          alertHref={subscriptionPaths(lang).forSearch(toSearchParams({ ...result.query, page: 1 }).toString())}
        />,
      );
    }),
  );

  app.get(`/${s.calls}`, (c) =>
    cachedSearchPage(deps, c, async (now, generation) => {
      const page = pageContext(c, lang, deps.config.BASE_URL, now);
      const params = new URL(c.req.url).searchParams;
      const { query } = parseSearchParams(params);
      // Without words to rank by, the overview is about what is due first.
      const sort = params.has("sort") ? query.sort : query.q.trim() ? "relevance" : "deadline";
      const result = await deps.search.search({ ...query, types: ["call"], sort }, now, generation);
      const facts = await deps.search.callFacts(result, now);
      const listQuery = toSearchParams({ ...result.query, types: [], page: 1 }).toString();
      return rendered(
        result.freshness,
        <SearchPage
          page={page}
          result={{ ...result, query: { ...result.query, types: [] } }}
          action={page.paths.section("calls")}
          title={page.t("calls.title")}
          intro={page.t("calls.intro")}
          hiddenFacets={["types"]}
          breadcrumb={page.t("nav.calls")}
          alternates={feedLinks(page.paths.section("calls"), listQuery, lang)}
          facts={facts}
          saveHref={guidePaths(lang).saveSearch(toSearchParams({ ...result.query, types: ["call"], page: 1 }).toString())}
          alertHref={subscriptionPaths(lang).forSearch(toSearchParams({ ...result.query, types: ["call"], page: 1 }).toString())}
        />,
      );
    }),
  );

  return app;
}

const pageCacheOf = onePer((deps: AppDeps) => new PageCache(deps.config.PAGE_CACHE_ENTRIES));

/**
 * A search page through the page cache, at an address without parameters the search does not
 * read (others would only fill the cache).
 */
async function cachedSearchPage(deps: AppDeps, c: Context, render: (now: Date, generation?: number) => Promise<Fresh<string>>) {
  const url = new URL(c.req.url);
  const known = withoutForeignParams(url.searchParams);
  if (known) return c.redirect(`${url.pathname}${known.size ? `?${known}` : ""}`, 301);
  const now = deps.now();
  // The generation read for the cache is the one the search answers at: one read of it per page.
  const generation = await deps.search.generation();
  return pageCacheOf(deps).respond(c, url.pathname + url.search, generation, now, () =>
    deps.metrics.time("render", () => render(now, generation)),
  );
}

async function rendered(freshness: SearchResult["freshness"], page: JSX.Element): Promise<Fresh<string>> {
  return { value: String(await page.toString()), ...freshness };
}

/** Feeds carry the first results and the exports all of them: each link says which. */
function feedLinks(base: string, query: string, lang: Lang) {
  const q = query ? `?${query}` : "";
  const t = translator(lang);
  return [
    {
      label: t("search.feedFirst", { label: "RSS", count: FEED_SIZE }),
      href: `${base}/feed.rss${q}`,
      type: "application/rss+xml",
    },
    {
      label: t("search.feedFirst", { label: "Atom", count: FEED_SIZE }),
      href: `${base}/feed.atom${q}`,
      type: "application/atom+xml",
    },
    { label: t("search.feedCalendar"), href: `${base}/agenda.ics${q}`, type: "text/calendar" },
    { label: t("search.feedCsv"), href: `${base}/export.csv${q}`, type: "text/csv" },
    {
      label: t("search.feedXlsx"),
      href: `${base}/export.xlsx${q}`,
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    },
  ];
}
