import { hrefWithBack } from "../../../platform/http/back-path.js";
import { formatDate, formatNumber, formatWeekdayDate } from "../../../platform/i18n/format.js";
import { CardFacts } from "../../../platform/views/components/call-facts.js";
import { Pagination } from "../../../platform/views/components/pagination.js";
import { StatusBadge } from "../../../platform/views/components/status-badge.js";
import { Layout } from "../../../platform/views/layout.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import type { CallFacts } from "../../calls/call-facts.js";
import { type FacetName, type SearchHit, type SearchResult, type TextSegment, toSearchParams } from "../search.types.js";

export interface SearchPageProps {
  page: PageContext;
  result: SearchResult;
  /** Where the form submits: /zoeken, or /oproepen for the calls overview. */
  action: string;
  title: string;
  intro: string;
  /** Facets not shown (the calls overview fixes the type). */
  hiddenFacets?: FacetName[];
  breadcrumb: string;
  /** Feeds and exports for this very search, when available. */
  alternates?: { label: string; href: string; type: string }[];
  /** The decision facts of the calls on this page, by call id. */
  facts?: Map<number, CallFacts>;
  /** Where to save this very search (name and frequency are asked there). */
  saveHref?: string;
  /** "Mail mij nieuwe resultaten": alerts for this search without an account. */
  alertHref?: string;
}

const facetParams: Record<FacetName, string> = {
  types: "type",
  themes: "theme",
  beneficiaryTypes: "beneficiary",
  programmes: "programme",
  statuses: "status",
  deadlineWindows: "deadline",
  partners: "partners",
  projectTypes: "projectType",
  languages: "lang",
};
/** What a visitor decides on first comes first: is it still open, and when is it due. */
const FACET_ORDER: FacetName[] = [
  "types",
  "statuses",
  "deadlineWindows",
  "themes",
  "beneficiaryTypes",
  "programmes",
  "partners",
  "projectTypes",
  "languages",
];
const SORTS = ["relevance", "deadline", "newest"] as const;

/** Search results with facets; the form works without JavaScript and updates in place with it. */
export function SearchPage({
  page,
  result,
  action,
  title,
  intro,
  hiddenFacets = [],
  breadcrumb,
  alternates = [],
  facts = new Map(),
  saveHref,
  alertHref,
}: SearchPageProps) {
  const { lang, t } = page;
  const query = result.query;
  const facets = FACET_ORDER.filter((f) => !hiddenFacets.includes(f) && result.facets[f].length > 0);
  const urlFor = (changes: Partial<typeof query>) => `${action}?${toSearchParams({ ...query, page: 1, ...changes })}`;
  const countText = t("search.results", { count: formatNumber(lang, result.total) });
  return (
    <Layout
      page={page}
      title={query.q ? `${query.q} – ${title}` : title}
      description={intro}
      breadcrumbs={[{ label: breadcrumb }]}
      head={alternates.map((a) => <link rel="alternate" type={a.type} title={a.label} href={a.href} />)}
    >
      <h1>{title}</h1>
      <p class="lead">{intro}</p>
      <form action={action} method="get" class="overview" data-autosubmit>
        <div class="filters">
          <div class="big-search">
            <label for="search-q">{t("search.terms")}</label>
            <div class="search-row">
              <input id="search-q" name="q" type="search" value={query.q} autocomplete="off" />
              <button type="submit">{page.t("search.submit")}</button>
            </div>
          </div>
          {/* Open without JavaScript; site.js folds it on phones so the results come into view. */}
          <details class="filter-panel" open data-fold-narrow>
            <summary>{t("search.filters")}</summary>
            {facets.map((facet) => (
              <fieldset>
                <legend>{t(`facet.${facet}`)}</legend>
                {result.facets[facet].slice(0, 12).map((value) => {
                  const id = `f-${facetParams[facet]}-${value.value}`.replace(/[^a-zA-Z0-9_-]/g, "-");
                  return (
                    <label for={id}>
                      <input id={id} type="checkbox" name={facetParams[facet]} value={value.value} checked={value.selected} />
                      <span>{value.label[lang]}</span>
                      <span class="count" data-count-for={id}>
                        {value.inherited
                          ? t("facet.countWithInherited", {
                              own: formatNumber(lang, value.count - value.inherited),
                              inherited: formatNumber(lang, value.inherited),
                            })
                          : formatNumber(lang, value.count)}
                      </span>
                    </label>
                  );
                })}
              </fieldset>
            ))}
            <fieldset>
              <legend>{t("search.sort")}</legend>
              <label for="search-sort" class="visually-hidden">
                {t("search.sortBy")}
              </label>
              <select id="search-sort" name="sort">
                {SORTS.map((sort) => (
                  <option value={sort} selected={query.sort === sort}>
                    {t(`search.sort.${sort}`)}
                  </option>
                ))}
              </select>
            </fieldset>
            <button type="submit" data-autosubmit-button>
              {t("search.apply")}
            </button>
          </details>
        </div>
        <div data-results>
          <div class="result-bar">
            <p role="status" data-results-count>
              {countText}
            </p>
            {alternates.length ? (
              <ul class="inline-list">
                {alternates.map((a) => (
                  <li>
                    <a href={a.href}>{a.label}</a>
                  </li>
                ))}
              </ul>
            ) : null}
            {saveHref ? (
              <a class="button-link save-search" href={saveHref}>
                {t("saveSearch.link")}
              </a>
            ) : null}
            {alertHref ? (
              <a class="button-link button-secondary save-search" href={alertHref}>
                {t("subscribe.link.search")}
              </a>
            ) : null}
          </div>
          {result.didYouMean ? (
            <p class="did-you-mean">
              {t("search.didYouMean")} <a href={urlFor({ q: result.didYouMean })}>{result.didYouMean}</a>?
            </p>
          ) : null}
          {result.expansions.length ? (
            <p class="also-searched">
              {t("search.alsoSearched")} {result.expansions.join(", ")}.{" "}
              <a href={urlFor({ translate: false })}>{t("search.withoutTranslations")}</a>
            </p>
          ) : null}
          {result.hits.length ? (
            <HitList page={page} result={result} facts={facts} />
          ) : (
            <NoResults page={page} result={result} urlFor={urlFor} />
          )}
          <Pagination
            page={page}
            current={result.page}
            pages={result.pageCount}
            href={(n) => `${action}?${toSearchParams({ ...query, page: n })}`}
          />
        </div>
      </form>
    </Layout>
  );
}

/**
 * The hits, with closed calls folded away behind "Toon ook afgesloten oproepen (N)" where they
 * follow calls that are still open: a visitor looks for what can still be applied for. A
 * page of closed calls only, or a search filtered on status, shows them as they are.
 */
function HitList({ page, result, facts }: { page: PageContext; result: SearchResult; facts: Map<number, CallFacts> }) {
  // A card names its programme as the facet does, in the page's language, not by a code such as "DIGITAL".
  const programmes = new Map(result.facets.programmes.map((v) => [v.value, v.label[page.lang]]));
  const cards = (hits: SearchHit[]) => (
    <ul class="card-list">
      {hits.map((hit) => (
        <li>
          <HitCard
            page={page}
            hit={hit}
            facts={hit.type === "call" ? facts.get(hit.id) : undefined}
            programme={hit.programme ? (programmes.get(hit.programme.slug) ?? hit.programme.name) : null}
          />
        </li>
      ))}
    </ul>
  );
  const firstClosed = result.hits.findIndex((hit) => hit.status === "closed");
  if (firstClosed <= 0 || result.query.statuses.length > 0) return cards(result.hits);
  const closedCount = result.facets.statuses.find((v) => v.value === "closed")?.count ?? 0;
  return (
    <>
      {cards(result.hits.slice(0, firstClosed))}
      <details class="closed-results">
        <summary>{page.t("search.showClosed", { count: formatNumber(page.lang, closedCount) })}</summary>
        {cards(result.hits.slice(firstClosed))}
      </details>
    </>
  );
}

function Highlighted({ segments }: { segments: TextSegment[] }) {
  return <>{segments.map((s) => (s.hit ? <mark>{s.text}</mark> : s.text))}</>;
}

function HitCard({
  page,
  hit,
  facts,
  programme,
}: {
  page: PageContext;
  hit: SearchHit;
  facts: CallFacts | undefined;
  programme: string | null;
}) {
  const { paths, lang, t } = page;
  const detail = { call: paths.call, programme: paths.programme, event: paths.event, article: paths.article }[hit.type](hit.slug);
  const href = hrefWithBack(detail, page.url);
  const _typeLabel = {
    call: t("call.programme"),
    programme: t("call.programme"),
    event: t("nav.events"),
    article: t("nav.articles"),
  };
  return (
    <article class="card">
      <h2 class="card-title">
        <a href={href} lang={hit.language !== lang ? hit.language : undefined}>
          <Highlighted segments={hit.title} />
        </a>
      </h2>
      <p class="card-meta">
        {hit.status ? <StatusBadge page={page} status={hit.status} /> : <span>{t(`type.${hit.type}`)}</span>}
        {hit.code ? <span class="code">{hit.code}</span> : null}
        {programme ? <span>{programme}</span> : null}
        {hit.nearestDeadline && !facts ? (
          <span>
            {t("call.deadline")}: <time datetime={hit.nearestDeadline}>{formatDate(lang, hit.nearestDeadline)}</time>
          </span>
        ) : null}
        {hit.startsAt ? <time datetime={hit.startsAt}>{formatWeekdayDate(lang, hit.startsAt)}</time> : null}
      </p>
      {facts ? <CardFacts page={page} facts={facts} /> : null}
      {hit.snippet.length ? (
        <p class="card-summary" lang={hit.language !== lang ? hit.language : undefined}>
          <Highlighted segments={hit.snippet} />
        </p>
      ) : null}
    </article>
  );
}

/** Zero results: say what was searched, offer to drop each active filter, and to search everything. */
function NoResults({
  page,
  result,
  urlFor,
}: {
  page: PageContext;
  result: SearchResult;
  urlFor: (changes: Partial<SearchResult["query"]>) => string;
}) {
  const { lang, t } = page;
  const query = result.query;
  const active = FACET_ORDER.flatMap((facet) =>
    (query[facet] as string[]).map((value) => {
      const label = result.facets[facet].find((v) => v.value === value)?.label[lang] ?? value;
      return { facet, value, label, href: urlFor({ [facet]: (query[facet] as string[]).filter((v) => v !== value) }) };
    }),
  );
  return (
    <div class="no-results">
      <h2>{t("search.none")}</h2>
      <p>
        {t("search.noneBody")}
        {query.q ? ` (${query.q})` : ""}
      </p>
      {active.length ? (
        <>
          <p>{t("search.dropFilter")}</p>
          <ul class="tag-list">
            {active.map((a) => (
              <li>
                <a href={a.href}>{t("search.without", { label: a.label })}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <ul class="plain-list">
        {query.q ? (
          <li>
            <a href={urlFor({ q: "" })}>{t("search.showAll")}</a>
          </li>
        ) : null}
        <li>{t("search.tip")}</li>
      </ul>
    </div>
  );
}
