import { hrefWithBack } from "../../../platform/http/back-path.js";
import { formatTimeRange, formatWeekdayDate } from "../../../platform/i18n/format.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import type { EventRow } from "../event.queries.js";

export function EventCard({ page, event, headingLevel = 3 }: { page: PageContext; event: EventRow; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const { t, lang } = page;
  const past = Date.parse(event.endsAt ?? event.startsAt) < page.now.getTime();
  return (
    <article class="card event-card">
      <p class="event-date">
        <time datetime={event.startsAt}>{formatWeekdayDate(lang, event.startsAt)}</time>
        <span> · {formatTimeRange(lang, event.startsAt, event.endsAt)}</span>
        {past ? <span class="badge badge-past">{t("event.past")}</span> : null}
      </p>
      <Heading class="card-title">
        <a href={hrefWithBack(page.paths.event(event.slug), page.url)}>{event.title}</a>
      </Heading>
      <p class="card-meta">
        <span>{event.isOnline ? t("event.online") : (event.location?.split("\n")[0] ?? "")}</span>
        {event.organiser ? <span>{event.organiser}</span> : null}
        {event.recordingUrl ? <span class="badge badge-recording">{t("events.withRecording")}</span> : null}
      </p>
    </article>
  );
}
