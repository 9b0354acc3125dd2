import { formatNumber } from "../../platform/i18n/format.js";
import { CallCard } from "../../platform/views/components/call-card.js";
import { Layout } from "../../platform/views/layout.js";
import type { PageContext } from "../../platform/views/page-context.js";
import type { CallDetail } from "../calls/call.queries.js";
import type { EventRow } from "../events/event.queries.js";
import { EventCard } from "../events/views/event-card.js";
import { type ThemeRow, themeName } from "../themes/theme.queries.js";

interface HomeProps {
  page: PageContext;
  open: { total: number; calls: CallDetail[] };
  events: EventRow[];
  themes: ThemeRow[];
}

export function HomePage({ page, open, events, themes }: HomeProps) {
  const { t, paths, lang } = page;
  return (
    <Layout page={page} title={t("site.name")} description={t("home.intro")} bodyClass="home">
      <section class="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t("home.title")}</h1>
        <p class="lead">{t("home.intro")}</p>
        <form role="search" action={paths.search()} method="get" class="big-search">
          <label for="home-q">{t("search.label")}</label>
          <div class="search-row">
            <input id="home-q" name="q" type="search" placeholder={t("search.placeholder")} />
            <button type="submit">{t("search.submit")}</button>
          </div>
        </form>
      </section>

      <div class="home-grid">
        <section aria-labelledby="open-calls-title" class="home-calls">
          <h2 id="open-calls-title">{t("home.openCalls")}</h2>
          {open.calls.length ? (
            <ul class="card-list">
              {open.calls.map((call) => (
                <li>
                  <CallCard page={page} call={call} />
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("home.noOpenCalls")}</p>
          )}
          <p>
            <a href={`${paths.section("calls")}?status=open`}>
              {t("home.allCalls")} ({formatNumber(lang, open.total)})
            </a>
          </p>
        </section>

        <section aria-labelledby="events-title" class="home-events">
          <h2 id="events-title">{t("home.upcomingEvents")}</h2>
          {events.length ? (
            <ul class="card-list">
              {events.map((event) => (
                <li>
                  <EventCard page={page} event={event} />
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("home.noEvents")}</p>
          )}
          <p>
            <a href={paths.section("events")}>{t("home.allEvents")}</a>
          </p>
        </section>
      </div>

      <section aria-labelledby="themes-title">
        <h2 id="themes-title">{t("home.themes")}</h2>
        <ul class="theme-grid">
          {themes.map((theme) => (
            <li>
              <a href={paths.theme(theme.slug)}>{themeName(theme, lang)}</a>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
