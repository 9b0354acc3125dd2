import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import { translatePath } from "../http/paths.js";
import { AccountNav } from "./components/account-nav.js";
import { FlashMessages } from "./components/flash-messages.js";
import { ThemePicks } from "./components/theme-picks.js";
import type { PageContext } from "./page-context.js";

export interface LayoutProps {
  page: PageContext;
  title: string;
  description?: string;
  children: Child;
  /** Extra tags for the head: JSON-LD, feed links, OpenGraph. */
  head?: Child;
  breadcrumbs?: { label: string; href?: string }[];
  bodyClass?: string;
}

export function Layout({ page, title, description, children, head, breadcrumbs, bodyClass }: LayoutProps) {
  const { t, paths, lang } = page;
  const other = lang === "nl" ? "en" : "nl";
  const fullTitle = title === t("site.name") ? title : `${title} | ${t("site.name")}`;
  return (
    <>
      {raw("<!DOCTYPE html>")}
      <html lang={lang === "nl" ? "nl-BE" : "en"}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="color-scheme" content="light dark" />
          <title>{fullTitle}</title>
          {description ? <meta name="description" content={description} /> : null}
          <link rel="canonical" href={`${page.baseUrl}${page.url.split("?")[0]}`} />
          <link
            rel="alternate"
            hreflang={other === "en" ? "en" : "nl-BE"}
            href={`${page.baseUrl}${translatePath(page.url, other)}`}
          />
          <meta property="og:title" content={title} />
          <meta property="og:site_name" content={t("site.name")} />
          {description ? <meta property="og:description" content={description} /> : null}
          <link rel="stylesheet" href="/static/site.css" />
          <script src="/static/site.js" defer />
          {head}
        </head>
        <body class={bodyClass}>
          <a class="skip-link" href="#inhoud">
            {t("site.skip")}
          </a>
          <header class="site-header">
            <div class="wrap header-inner">
              <a class="brand" href={paths.home}>
                <span class="brand-name">{t("site.name")}</span>
                <span class="brand-tagline">{t("site.tagline")}</span>
              </a>
              <nav aria-label={t("nav.main")} class="main-nav">
                <ul>
                  <li>
                    <a href={paths.section("calls")}>{t("nav.calls")}</a>
                  </li>
                  <li>
                    <a href={paths.section("programmes")}>{t("nav.programmes")}</a>
                  </li>
                  <li>
                    <a href={paths.section("events")}>{t("nav.events")}</a>
                  </li>
                  <li>
                    <a href={paths.section("themes")}>{t("nav.themes")}</a>
                  </li>
                  <li>
                    <a href={paths.section("articles")}>{t("nav.articles")}</a>
                  </li>
                  <li>
                    <a href={translatePath(page.url, other)} hreflang={other} lang={other}>
                      {t("site.otherLanguage")}
                    </a>
                  </li>
                </ul>
              </nav>
              <form class="header-search" role="search" action={paths.search()} method="get">
                <label for="header-q" class="visually-hidden">
                  {t("search.label")}
                </label>
                <input id="header-q" name="q" type="search" placeholder={t("search.placeholder")} autocomplete="off" />
                <button type="submit">{t("search.submit")}</button>
              </form>
              <AccountNav page={page} />
            </div>
          </header>
          {breadcrumbs?.length ? (
            <nav aria-label={t("nav.breadcrumb")} class="wrap breadcrumbs">
              <ol>
                <li>
                  <a href={paths.home}>{t("nav.home")}</a>
                </li>
                {breadcrumbs.map((crumb) => (
                  <li>{crumb.href ? <a href={crumb.href}>{crumb.label}</a> : <span aria-current="page">{crumb.label}</span>}</li>
                ))}
              </ol>
            </nav>
          ) : null}
          <main id="inhoud" tabindex={-1} class="wrap">
            <FlashMessages page={page} />
            <ThemePicks page={page} />
            {children}
          </main>
          <footer class="site-footer">
            <div class="wrap">
              <p>{t("footer.about")}</p>
              <ul class="inline-list">
                <li>
                  <a href="/api/v1/docs">{t("footer.api")}</a>
                </li>
                <li>
                  <a href={paths.section("beneficiaries")}>{t("beneficiaries.title")}</a>
                </li>
              </ul>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}
