import { type Context, Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { AppError } from "../../errors.js";
import { siteCookies } from "../../platform/http/cookies.js";
import { writeFlash } from "../../platform/http/flash.js";
import { requireUser, signedInUser } from "../../platform/http/guards.js";
import { pathsFor, segments } from "../../platform/http/paths.js";
import { pageContext } from "../../platform/http/site-context.js";
import type { MessageKey } from "../../platform/i18n/messages.nl.js";
import { type Lang, translator } from "../../platform/i18n/translate.js";
import { can } from "./following.policy.js";
import { canonicalQuery, savedSearchForm } from "./saved-search.input.js";
import { createSavedSearch, deleteSavedSearch, findSavedSearch, markSeen } from "./saved-searches.repository.js";
import { SaveSearchPage } from "./views/save-search-page.js";

/** Saving a search from the search and calls pages, looking at its results, deleting it. */
export function savedSearchRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const db = deps.db.kysely;
  const s = segments[lang];
  const paths = pathsFor(lang);
  const cookies = siteCookies(deps.config.BASE_URL);

  app.get(`/${s.saveSearch}`, requireUser, (c) => {
    const query = canonicalQuery(new URL(c.req.url).search);
    const name = new URLSearchParams(query).get("q") ?? "";
    return render(c, query, { name, frequency: "weekly" }, [], 200);
  });

  app.post(`/${s.saveSearch}`, requireUser, async (c) => {
    const user = signedInUser(c);
    const body = await c.req.parseBody();
    const values = { name: String(body.name ?? ""), frequency: String(body.frequency ?? "") };
    const raw = typeof body.query === "string" ? body.query : "";
    const parsed = savedSearchForm.safeParse({ ...values, query: raw });
    const query = canonicalQuery(raw.slice(0, 4000));
    if (!parsed.success) {
      return render(c, query, values, [...new Set(parsed.error.issues.map((i) => i.message))], 400);
    }
    const created = await createSavedSearch(
      db,
      user.id,
      { name: parsed.data.name, frequency: parsed.data.frequency, query },
      deps.now(),
    );
    if (created === "duplicate_name") return render(c, query, values, ["duplicate_name"], 409);
    writeFlash(c, cookies, [{ kind: "success", key: "saveSearch.saved" }]);
    return c.redirect(`${paths.section("myGuide")}#zoekopdrachten`, 303);
  });

  // Another member's search answers exactly as one that does not exist.
  const ownSearch = async (c: Context) => {
    const id = Number(c.req.param("id"));
    const search = Number.isSafeInteger(id) ? await findSavedSearch(db, id) : undefined;
    if (!search || !can(signedInUser(c), "update", { kind: "member-data", userId: search.userId })) {
      throw new AppError("saved_search_not_found");
    }
    return search;
  };

  app.post(`/${s.myGuide}/searches/:id/show`, requireUser, async (c) => {
    const search = await ownSearch(c);
    await markSeen(db, search.id, deps.now());
    return c.redirect(paths.search(search.query), 303);
  });

  app.post(`/${s.myGuide}/searches/:id/delete`, requireUser, async (c) => {
    const search = await ownSearch(c);
    await deleteSavedSearch(db, search.id);
    return c.redirect(`${paths.section("myGuide")}#zoekopdrachten`, 303);
  });

  function render(
    c: Context,
    query: string,
    values: { name: string; frequency: string },
    errors: string[],
    status: 200 | 400 | 409,
  ) {
    const page = pageContext(c, lang, deps.config.BASE_URL, deps.now());
    const t = translator(lang);
    return c.html(
      <SaveSearchPage
        page={page}
        query={query}
        resultsHref={paths.search(query)}
        values={values}
        errors={errors.map((code) => t(`saveSearch.error.${code}` as MessageKey))}
      />,
      status,
    );
  }

  return app;
}
