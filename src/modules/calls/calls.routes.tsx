import { Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { AppError } from "../../errors.js";
import { onePer } from "../../platform/cache/one-per.js";
import { PageCache } from "../../platform/cache/page-cache.js";
import { BACK_PARAM } from "../../platform/http/back-path.js";
import { pathsFor, segments } from "../../platform/http/paths.js";
import { backHref, pageContext } from "../../platform/http/site-context.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { eligibilityPanel, followControl } from "../following/page-parts.js";
import { redirectedSlug } from "../history/slug-redirects.js";
import { callPageUntil } from "./call-page-until.js";
import { findCall, readCallHistory } from "./call-reader.js";
import { seriesOf } from "./call-series.queries.js";
import { CallPage } from "./views/call-page.js";

export function callRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const base = `/${segments[lang].calls}`;

  app.get(`${base}/:slug`, async (c) => {
    const url = new URL(c.req.url);
    // The back link is all a call page reads from its address: other parameters would only fill the page cache.
    const back = url.searchParams.getAll(BACK_PARAM);
    if ([...url.searchParams.keys()].length > Math.min(back.length, 1)) {
      const known = back[0] === undefined ? "" : `?${new URLSearchParams({ [BACK_PARAM]: back[0] })}`;
      return c.redirect(`${url.pathname}${known}`, 301);
    }
    const now = deps.now();
    const generation = await deps.search.generation();
    const key = `${url.pathname}\n${back[0] ?? ""}`;
    const pages = pageCacheOf(deps);
    // A kept page is only kept for a visible call, and any write (unpublishing, a new slug) moves the generation.
    const kept = pages.kept(c, key, generation, now);
    if (kept) return kept;
    const call = await findCall(deps.db.kysely, c.req.param("slug"), now);
    if (!call) {
      const moved = await redirectedSlug(deps.db.kysely, "call", c.req.param("slug"));
      if (moved) return c.redirect(pathsFor(lang).call(moved), 301);
      throw new AppError("call_not_found");
    }
    return pages.respond(c, key, generation, now, async () => {
      const page = pageContext(c, lang, deps.config.BASE_URL, now);
      const db = deps.db.kysely;
      const [series, follow, eligibility, history] = await Promise.all([
        seriesOf(db, call.row, now),
        followControl(db, c, page, { type: "call", id: call.id, slug: call.slug }),
        eligibilityPanel(db, c, page, call),
        readCallHistory(db, call.id),
      ]);
      const html = (
        <CallPage
          page={page}
          call={call}
          series={series}
          backHref={backHref(c, page.paths.section("calls"), lang)}
          follow={follow}
          eligibility={eligibility}
          history={history}
        />
      );
      return { value: String(await html.toString()), generation, until: callPageUntil(call, now) };
    });
  });

  return app;
}

const pageCacheOf = onePer((deps: AppDeps) => new PageCache(deps.config.PAGE_CACHE_ENTRIES));
