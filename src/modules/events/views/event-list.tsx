import { Layout } from "../../../platform/views/layout.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import type { EventRow } from "../event.queries.js";
import { MonthGrid } from "./event-calendar.js";
import { EventCard } from "./event-card.js";

export type EventView =
  | { view: "list"; upcoming: EventRow[]; past: EventRow[] }
  | { view: "month"; month: string; events: EventRow[] };

export function EventList({ page, data }: { page: PageContext; data: EventView }) {
  const { t, paths } = page;
  return (
    <Layout page={page} title={t("events.title")} description={t("events.intro")} breadcrumbs={[{ label: t("nav.events") }]}>
      <h1>{t("events.title")}</h1>
      <p class="lead">{t("events.intro")}</p>
      <p>
        <a class="button-link button-secondary" href={`${paths.section("events")}/agenda.ics`} type="text/calendar">
          {t("events.subscribeCalendar")}
        </a>
      </p>
      <ul class="tabs">
        <li>
          <a href={paths.section("events")} aria-current={data.view === "list" ? "page" : undefined}>
            {t("events.list")}
          </a>
        </li>
        <li>
          <a href={`${paths.section("events")}?view=month`} aria-current={data.view === "month" ? "page" : undefined}>
            {t("events.month")}
          </a>
        </li>
      </ul>
      {data.view === "month" ? (
        <MonthGrid page={page} month={data.month} events={data.events} />
      ) : (
        <>
          <EventSection id="komende" title={t("events.upcoming")} events={data.upcoming} page={page} />
          <EventSection id="voorbije" title={t("events.past")} events={data.past} page={page} />
        </>
      )}
    </Layout>
  );
}

function EventSection({ id, title, events, page }: { id: string; title: string; events: EventRow[]; page: PageContext }) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {events.length ? (
        <ul class="card-list">
          {events.map((event) => (
            <li>
              <EventCard page={page} event={event} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{page.t("events.none")}</p>
      )}
    </section>
  );
}
