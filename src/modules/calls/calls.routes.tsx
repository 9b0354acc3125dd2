import { Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { AppError } from "../../errors.js";
import { pathsFor, segments } from "../../platform/http/paths.js";
import { backHref, pageContext } from "../../platform/http/site-context.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { eligibilityPanel, followControl } from "../following/page-parts.js";
import { redirectedSlug } from "../history/slug-redirects.js";
import { findCall, readCallHistory } from "./call-reader.js";
import { seriesOf } from "./call-series.queries.js";
import { CallPage } from "./views/call-page.js";

export function callRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const base = `/${segments[lang].calls}`;

  app.get(`${base}/:slug`, async (c) => {
    const now = deps.now();
    const call = await findCall(deps.db.kysely, c.req.param("slug"), now);
    if (!call) {
      const moved = await redirectedSlug(deps.db.kysely, "call", c.req.param("slug"));
      if (moved) return c.redirect(pathsFor(lang).call(moved), 301);
      throw new AppError("call_not_found");
    }
    const page = pageContext(c, lang, deps.config.BASE_URL, now);
    const db = deps.db.kysely;
    const [series, follow, eligibility, history] = await Promise.all([
      seriesOf(db, call.row, now),
      followControl(db, c, page, { type: "call", id: call.id, slug: call.slug }),
      eligibilityPanel(db, c, page, call),
      readCallHistory(db, call.id),
    ]);
    return c.html(
      <CallPage
        page={page}
        call={call}
        series={series}
        backHref={backHref(c, page.paths.section("calls"), lang)}
        follow={follow}
        eligibility={eligibility}
        history={history}
      />,
    );
  });

  return app;
}
