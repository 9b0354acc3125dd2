import type { Deadline } from "../../../modules/calls/call.queries.js";
import { formatDate, formatTime } from "../../i18n/format.js";
import type { PageContext } from "../page-context.js";

/** Whole days from the page's moment to the deadline (negative once it has passed). */
export function daysLeft(page: PageContext, deadline: Deadline): number {
  return Math.floor((Date.parse(deadline.at) - page.now.getTime()) / 86_400_000);
}

/** "12 september 2025, 17:00 Brusselse tijd (fase 2) · nog 12 dagen"; a date-only deadline runs all that day. */
export function DeadlineText({ page, deadline, countdown }: { page: PageContext; deadline: Deadline; countdown?: boolean }) {
  const days = daysLeft(page, deadline);
  const left =
    countdown && days >= 0
      ? days === 0
        ? page.t("deadline.today")
        : days === 1
          ? page.t("deadline.dayLeft")
          : page.t("deadline.daysLeft", { count: days })
      : null;
  return (
    <span class="deadline">
      <time datetime={deadline.at}>
        {formatDate(page.lang, deadline.date)}
        {deadline.time ? `, ${formatTime(page.lang, deadline.at)} ${page.t("deadline.brussels")}` : ""}
      </time>
      {deadline.label ? <span class="deadline-label"> ({deadline.label})</span> : null}
      {left ? <span class={days <= 7 ? "countdown urgent" : "countdown"}> · {left}</span> : null}
    </span>
  );
}
