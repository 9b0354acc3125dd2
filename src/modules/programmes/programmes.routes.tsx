import { Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { AppError } from "../../errors.js";
import { pathsFor, segments } from "../../platform/http/paths.js";
import { backHref, pageContext } from "../../platform/http/site-context.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { listCalls } from "../calls/call.queries.js";
import { followControl } from "../following/page-parts.js";
import { redirectedSlug } from "../history/slug-redirects.js";
import { findProgramme, listProgrammes } from "./programme.queries.js";
import { ProgrammeList } from "./views/programme-list.js";
import { ProgrammePage } from "./views/programme-page.js";

export function programmeRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const base = `/${segments[lang].programmes}`;

  app.get(base, async (c) => {
    const now = deps.now();
    const programmes = await listProgrammes(deps.db.kysely, now);
    return c.html(<ProgrammeList page={pageContext(c, lang, deps.config.BASE_URL, now)} programmes={programmes} />);
  });

  app.get(`${base}/:slug`, async (c) => {
    const now = deps.now();
    const programme = await findProgramme(deps.db.kysely, c.req.param("slug"), now);
    if (!programme) {
      const moved = await redirectedSlug(deps.db.kysely, "programme", c.req.param("slug"));
      if (moved) return c.redirect(pathsFor(lang).programme(moved), 301);
      throw new AppError("programme_not_found");
    }
    const { calls } = await listCalls(
      deps.db.kysely,
      { programmeId: programme.row.id, statuses: ["open", "forthcoming"], limit: 20 },
      now,
    );
    const page = pageContext(c, lang, deps.config.BASE_URL, now);
    return c.html(
      <ProgrammePage
        page={page}
        programme={programme}
        calls={calls}
        backHref={backHref(c, page.paths.section("programmes"), lang)}
        follow={
          await followControl(deps.db.kysely, c, page, {
            type: "programme",
            id: programme.row.id,
            slug: programme.row.slug,
          })
        }
      />,
    );
  });

  return app;
}
