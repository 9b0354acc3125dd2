import { hrefWithBack } from "../../../platform/http/back-path.js";
import { formatDate } from "../../../platform/i18n/format.js";
import { BackLink } from "../../../platform/views/components/back-link.js";
import { LanguageNotice } from "../../../platform/views/components/language-notice.js";
import { NamedList } from "../../../platform/views/components/named-list.js";
import { Layout } from "../../../platform/views/layout.js";
import { Markdown, markdownToText } from "../../../platform/views/markdown.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { ProgrammeLink } from "../../programmes/views/programme-link.js";
import type { findArticle, listArticles } from "../article.queries.js";

type Article = NonNullable<Awaited<ReturnType<typeof findArticle>>>;

export function ArticlePage({ page, article, backHref }: { page: PageContext; article: Article; backHref: string }) {
  const { t, paths, lang } = page;
  return (
    <Layout
      page={page}
      title={article.title}
      description={article.body ? markdownToText(article.body, 160) : undefined}
      breadcrumbs={[{ label: t("nav.articles"), href: paths.section("articles") }, { label: article.title }]}
    >
      <BackLink page={page} href={backHref} />
      <LanguageNotice page={page} language={article.language} />
      <article class="detail" lang={article.language !== lang ? article.language : undefined}>
        <h1>{article.title}</h1>
        {article.subtitle ? <p class="lead">{article.subtitle}</p> : null}
        <Markdown source={article.body} placement="body" />
        {article.themes.length || article.programmes.length ? (
          <aside class="page-section" aria-label={t("article.about")}>
            <h2>{t("article.about")}</h2>
            <NamedList page={page} items={article.themes} href={paths.theme} />
            <ul class="plain-list">
              {article.programmes.map((p) => (
                <li>
                  <ProgrammeLink page={page} programme={p} />
                </li>
              ))}
            </ul>
          </aside>
        ) : null}
        {article.publishedAt ? (
          <p class="published-note">
            {article.publishedBy
              ? t("event.published", { date: formatDate(lang, article.publishedAt), name: article.publishedBy })
              : t("event.publishedOn", { date: formatDate(lang, article.publishedAt) })}
          </p>
        ) : null}
      </article>
    </Layout>
  );
}

/** Article cards; headingLevel 2 where they are the page's own list, right under its h1. */
export function ArticleCards({
  page,
  articles,
  headingLevel = 3,
}: {
  page: PageContext;
  articles: Awaited<ReturnType<typeof listArticles>>;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul class="card-list">
      {articles.map((a) => (
        <li>
          <article class="card">
            <Heading class="card-title">
              <a href={hrefWithBack(page.paths.article(a.slug), page.url)}>{a.title}</a>
            </Heading>
            {a.publishedAt ? <p class="card-meta">{formatDate(page.lang, a.publishedAt)}</p> : null}
            <p class="card-summary">{a.subtitle ?? (a.body ? markdownToText(a.body, 200) : "")}</p>
          </article>
        </li>
      ))}
    </ul>
  );
}
