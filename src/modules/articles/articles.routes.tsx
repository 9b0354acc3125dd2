import { Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { AppError } from "../../errors.js";
import { pathsFor, segments } from "../../platform/http/paths.js";
import { backHref, pageContext } from "../../platform/http/site-context.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { Layout } from "../../platform/views/layout.js";
import { redirectedSlug } from "../history/slug-redirects.js";
import { findArticle, listArticles } from "./article.queries.js";
import { ArticleCards, ArticlePage } from "./views/article-page.js";

export function articleRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const base = `/${segments[lang].articles}`;

  app.get(base, async (c) => {
    const now = deps.now();
    const page = pageContext(c, lang, deps.config.BASE_URL, now);
    const articles = await listArticles(deps.db.kysely, now);
    return c.html(
      <Layout
        page={page}
        title={page.t("articles.title")}
        description={page.t("articles.intro")}
        breadcrumbs={[{ label: page.t("nav.articles") }]}
      >
        <h1>{page.t("articles.title")}</h1>
        <p class="lead">{page.t("articles.intro")}</p>
        <ArticleCards page={page} articles={articles} headingLevel={2} />
      </Layout>,
    );
  });

  app.get(`${base}/:slug`, async (c) => {
    const now = deps.now();
    const article = await findArticle(deps.db.kysely, c.req.param("slug"), now);
    if (!article) {
      const moved = await redirectedSlug(deps.db.kysely, "article", c.req.param("slug"));
      if (moved) return c.redirect(pathsFor(lang).article(moved), 301);
      throw new AppError("article_not_found");
    }
    const page = pageContext(c, lang, deps.config.BASE_URL, now);
    return c.html(<ArticlePage page={page} article={article} backHref={backHref(c, page.paths.section("articles"), lang)} />);
  });

  return app;
}
