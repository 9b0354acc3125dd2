import { addDays, addMonths, format, getISODay, startOfMonth } from "date-fns";
import { formatMonth, formatTime } from "../../../platform/i18n/format.js";
import { brusselsDate } from "../../../platform/time/brussels.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import type { EventRow } from "../event.queries.js";

/**
 * The six weeks a month's grid shows, Monday first, with the days of the months around it:
 * the route asks for the events of all of them, so the trailing week shows its events too.
 */
export function monthGridDays(month: string): { first: Date; days: Date[] } {
  const first = startOfMonth(new Date(`${month}-01T12:00:00Z`));
  const gridStart = addDays(first, 1 - getISODay(first));
  return { first, days: Array.from({ length: 42 }, (_, d) => addDays(gridStart, d)) };
}

/** A month grid (Monday first) with each event on its Brussels date. */
export function MonthGrid({ page, month, events }: { page: PageContext; month: string; events: EventRow[] }) {
  const { t, lang, paths } = page;
  const { first, days } = monthGridDays(month);
  const gridStart = days[0] as Date;
  const today = brusselsDate(page.now);
  const byDay = new Map<string, EventRow[]>();
  for (const event of events) {
    const day = brusselsDate(event.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  const weeks = Array.from({ length: 6 }, (_, w) => days.slice(w * 7, w * 7 + 7));
  const weekdays = Array.from({ length: 7 }, (_, d) =>
    new Intl.DateTimeFormat(lang === "nl" ? "nl-BE" : "en-GB", { weekday: "long", timeZone: "UTC" }).format(
      addDays(gridStart, d),
    ),
  );
  const base = `${paths.section("events")}?view=month`;
  return (
    <>
      <nav class="month-nav inline-list" aria-label={formatMonth(lang, first)}>
        <a href={`${base}&month=${format(addMonths(first, -1), "yyyy-MM")}`}>← {t("events.previousMonth")}</a>
        <h2 id="month-title">{formatMonth(lang, first)}</h2>
        <a href={`${base}&month=${format(addMonths(first, 1), "yyyy-MM")}`}>{t("events.nextMonth")} →</a>
      </nav>
      <table class="month" aria-labelledby="month-title">
        <thead>
          <tr>
            {weekdays.map((day) => (
              <th scope="col">{day}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr>
              {week.map((day) => {
                const key = format(day, "yyyy-MM-dd");
                const dayEvents = byDay.get(key) ?? [];
                const classes = [
                  day.getUTCMonth() !== first.getUTCMonth() ? "other-month" : "",
                  key === today ? "today" : "",
                  dayEvents.length ? "" : "empty-day",
                ];
                return (
                  <td class={classes.filter(Boolean).join(" ") || undefined}>
                    <span class="day-number">{day.getUTCDate()}</span>
                    {dayEvents.length ? (
                      <ul>
                        {dayEvents.map((e) => (
                          <li>
                            {formatTime(lang, e.startsAt)} <a href={paths.event(e.slug)}>{e.title}</a>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
