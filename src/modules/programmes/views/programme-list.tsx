import { hrefWithBack } from "../../../platform/http/back-path.js";
import { Layout } from "../../../platform/views/layout.js";
import { markdownToText } from "../../../platform/views/markdown.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import type { listProgrammes } from "../programme.queries.js";
import { programmeNameIn } from "../programme-names.js";

export function ProgrammeList({
  page,
  programmes,
}: {
  page: PageContext;
  programmes: Awaited<ReturnType<typeof listProgrammes>>;
}) {
  const { t, paths, lang } = page;
  return (
    <Layout
      page={page}
      title={t("programmes.title")}
      description={t("programmes.intro")}
      breadcrumbs={[{ label: t("nav.programmes") }]}
    >
      <h1>{t("programmes.title")}</h1>
      <p class="lead">{t("programmes.intro")}</p>
      <ul class="card-list">
        {programmes.map((p) => {
          const name = programmeNameIn(lang, p);
          return (
            <li>
              <article class="card">
                <h2 class="card-title">
                  <a href={hrefWithBack(paths.programme(p.slug), page.url)} lang={name.lang !== lang ? name.lang : undefined}>
                    {name.text}
                  </a>
                </h2>
                <p class="card-meta">
                  {p.shortName ? <span>{p.shortName}</span> : null}
                  {p.period ? <span>{p.period}</span> : null}
                  {p.managementMode ? <span>{t(`programme.management.${p.managementMode}`)}</span> : null}
                </p>
                {p.introduction ? (
                  <p class="card-summary" lang={p.language !== lang ? p.language : undefined}>
                    {markdownToText(p.introduction, 240)}
                  </p>
                ) : null}
              </article>
            </li>
          );
        })}
      </ul>
    </Layout>
  );
}
