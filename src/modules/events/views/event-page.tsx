import { formatDate, formatTimeRange, formatWeekdayDate } from "../../../platform/i18n/format.js";
import { BackLink } from "../../../platform/views/components/back-link.js";
import { LanguageNotice } from "../../../platform/views/components/language-notice.js";
import { Section } from "../../../platform/views/components/section.js";
import { Layout } from "../../../platform/views/layout.js";
import { Markdown, markdownToText } from "../../../platform/views/markdown.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { EventJsonLd } from "../../feeds/structured-data.js";
import type { EventDetail } from "../event.queries.js";

/** The event page: date, time, place, organiser, contact, then the story and who published it. */
export function EventPage({ page, event, backHref }: { page: PageContext; event: EventDetail; backHref: string }) {
  const { t, paths, lang } = page;
  const past = Date.parse(event.endsAt ?? event.startsAt) < page.now.getTime();
  return (
    <Layout
      page={page}
      title={event.title}
      description={event.summary ? markdownToText(event.summary, 160) : undefined}
      breadcrumbs={[{ label: t("nav.events"), href: paths.section("events") }, { label: event.title }]}
      head={<EventJsonLd page={page} event={event} />}
    >
      <BackLink page={page} href={backHref} />
      <LanguageNotice page={page} language={event.language} />
      <article class="detail" lang={event.language !== lang ? event.language : undefined}>
        <h1>{event.title}</h1>
        {event.summary ? <Markdown source={event.summary} class="prose lead" /> : null}
        <dl class="facts key-facts">
          <dt>{t("event.date")}</dt>
          <dd>
            <time datetime={event.startsAt}>{formatWeekdayDate(lang, event.startsAt)}</time>
            {past ? <span class="badge badge-past">{t("event.past")}</span> : null}
          </dd>
          <dt>{t("event.time")}</dt>
          <dd>{formatTimeRange(lang, event.startsAt, event.endsAt)}</dd>
          <dt>{t("event.place")}</dt>
          <dd>{event.isOnline ? t("event.online") : <address>{event.location ?? t("value.unknown")}</address>}</dd>
          {event.organiser ? (
            <>
              <dt>{t("event.organiser")}</dt>
              <dd>{event.organiser}</dd>
            </>
          ) : null}
          {event.contactName || event.contactEmail ? (
            <>
              <dt>{t("event.contact")}</dt>
              <dd>
                {event.contactName}
                {event.contactName && event.contactEmail ? ", " : ""}
                {event.contactEmail ? <a href={`mailto:${event.contactEmail}`}>{event.contactEmail}</a> : null}
              </dd>
            </>
          ) : null}
        </dl>
        <p class="actions">
          {event.registrationUrl && !past ? (
            <a class="button-link" href={event.registrationUrl}>
              {t("event.register")}
            </a>
          ) : null}{" "}
          {event.recordingUrl ? (
            <a class="button-link" href={event.recordingUrl}>
              {t("event.recording")}
            </a>
          ) : null}{" "}
          <a class="button-link button-secondary" href={`${paths.event(event.slug)}/agenda.ics`}>
            {t("call.addToCalendar")}
          </a>
        </p>
        {event.body ? <Markdown source={event.body} /> : null}
        {event.calls.length ? (
          <Section id="oproepen" title={t("event.relatedCalls")}>
            <ul class="plain-list">
              {event.calls.map((call) => (
                <li>
                  <a href={paths.call(call.slug)}>{call.title}</a>
                  {call.code ? <span class="code"> ({call.code})</span> : null}
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
        {event.publishedAt ? (
          <p class="published-note">
            {event.publishedBy
              ? t("event.published", { date: formatDate(lang, event.publishedAt), name: event.publishedBy })
              : t("event.publishedOn", { date: formatDate(lang, event.publishedAt) })}
          </p>
        ) : null}
      </article>
    </Layout>
  );
}
