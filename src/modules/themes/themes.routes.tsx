import { Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { AppError } from "../../errors.js";
import { pathsFor, segments } from "../../platform/http/paths.js";
import { pageContext } from "../../platform/http/site-context.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { Section } from "../../platform/views/components/section.js";
import { listArticles } from "../articles/article.queries.js";
import { ArticleCards } from "../articles/views/article-page.js";
import { listCalls } from "../calls/call.queries.js";
import { followControl, themeFollowControls } from "../following/page-parts.js";
import { redirectedSlug } from "../history/slug-redirects.js";
import { visibleTo } from "../history/visibility.js";
import { findBeneficiaryType, findTheme, listBeneficiaryTypes, listThemes, themeName } from "./theme.queries.js";
import { TermList, TermPage } from "./views/taxonomy-pages.js";

const CURRENT = ["open", "forthcoming"] as const;

export function themeRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const s = segments[lang];
  const db = deps.db.kysely;

  app.get(`/${s.themes}`, async (c) => {
    const page = pageContext(c, lang, deps.config.BASE_URL, deps.now());
    const [themes, follow] = await Promise.all([listThemes(db), themeFollowControls(db, c, page)]);
    return c.html(
      <TermList
        page={page}
        title={page.t("themes.title")}
        intro={page.t("themes.intro")}
        terms={themes}
        href={page.paths.theme}
        follow={(slug) => follow(slug, `term-${slug}`)}
      />,
    );
  });

  app.get(`/${s.themes}/:slug`, async (c) => {
    const now = deps.now();
    const theme = await findTheme(db, c.req.param("slug"));
    if (!theme) {
      const merged = await redirectedSlug(db, "theme", c.req.param("slug"));
      if (merged) return c.redirect(pathsFor(lang).theme(merged), 301);
      throw new AppError("theme_not_found");
    }
    const page = pageContext(c, lang, deps.config.BASE_URL, now);
    const [{ calls }, programmes, articles] = await Promise.all([
      listCalls(db, { themeId: theme.id, statuses: [...CURRENT], limit: 30 }, now),
      db
        .selectFrom("programmes")
        .innerJoin("programmeThemes", "programmeThemes.programmeId", "programmes.id")
        .select(["programmes.slug", "programmes.name", "programmes.nameEn"])
        .where("programmeThemes.themeId", "=", theme.id)
        .where(visibleTo(now, "programmes"))
        .orderBy("programmes.name")
        .execute(),
      listArticles(db, now, { themeId: theme.id }),
    ]);
    return c.html(
      <TermPage
        page={page}
        term={theme}
        parent={{ label: page.t("nav.themes"), href: page.paths.section("themes") }}
        calls={calls}
        callsTitle={page.t("theme.calls")}
        programmes={programmes}
        programmesTitle={page.t("theme.programmes")}
        contact={theme.contact}
        follow={await followControl(db, c, page, { type: "theme", id: theme.id, slug: theme.slug })}
      >
        {articles.length ? (
          <Section id="artikels" title={page.t("theme.articles")}>
            <ArticleCards page={page} articles={articles} />
          </Section>
        ) : null}
      </TermPage>,
    );
  });

  app.get(`/${s.beneficiaries}`, async (c) => {
    const page = pageContext(c, lang, deps.config.BASE_URL, deps.now());
    return c.html(
      <TermList
        page={page}
        title={page.t("beneficiaries.title")}
        intro={page.t("beneficiaries.intro")}
        terms={await listBeneficiaryTypes(db)}
        href={page.paths.beneficiary}
      />,
    );
  });

  app.get(`/${s.beneficiaries}/:slug`, async (c) => {
    const now = deps.now();
    const type = await findBeneficiaryType(db, c.req.param("slug"));
    if (!type) {
      const merged = await redirectedSlug(db, "beneficiary_type", c.req.param("slug"));
      if (merged) return c.redirect(pathsFor(lang).beneficiary(merged), 301);
      throw new AppError("beneficiary_type_not_found");
    }
    const page = pageContext(c, lang, deps.config.BASE_URL, now);
    const name = themeName(type, lang);
    const [{ calls }, programmes] = await Promise.all([
      listCalls(db, { beneficiaryTypeId: type.id, statuses: [...CURRENT], limit: 30 }, now),
      db
        .selectFrom("programmes")
        .innerJoin("programmeBeneficiaryTypes", "programmeBeneficiaryTypes.programmeId", "programmes.id")
        .select(["programmes.slug", "programmes.name", "programmes.nameEn"])
        .where("programmeBeneficiaryTypes.beneficiaryTypeId", "=", type.id)
        .where(visibleTo(now, "programmes"))
        .orderBy("programmes.name")
        .execute(),
    ]);
    return c.html(
      <TermPage
        page={page}
        term={type}
        parent={{ label: page.t("beneficiaries.title"), href: page.paths.section("beneficiaries") }}
        calls={calls}
        callsTitle={page.t("beneficiary.calls", { name })}
        programmes={programmes}
        programmesTitle={page.t("beneficiary.programmes", { name })}
      />,
    );
  });

  return app;
}
