import type { CallSummary } from "../../../modules/calls/call.queries.js";
import { formatDate } from "../../i18n/format.js";
import { markdownToText } from "../markdown.js";
import type { PageContext } from "../page-context.js";
import { DeadlineText } from "./deadline-text.js";
import { StatusBadge } from "./status-badge.js";

/** A call in a list: title, status, the deadline that matters now, programme and code. */
export function CallCard({ page, call, headingLevel = 3 }: { page: PageContext; call: CallSummary; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article class="card call-card">
      <Heading class="card-title">
        <a href={page.paths.call(call.slug)} lang={call.language !== page.lang ? call.language : undefined}>
          {call.title}
        </a>
      </Heading>
      <p class="card-meta">
        <StatusBadge page={page} status={call.status} />
        {call.code ? <span class="code">{call.code}</span> : null}
        {call.programme ? <span>{call.programme.shortName ?? call.programme.name}</span> : null}
      </p>
      <p class="card-deadline">
        <CallDeadlineLine page={page} call={call} />
      </p>
      {call.introduction ? <p class="card-summary">{markdownToText(call.introduction, 220)}</p> : null}
    </article>
  );
}

export function CallDeadlineLine({ page, call }: { page: PageContext; call: CallSummary }) {
  const { t } = page;
  if (call.status === "forthcoming" && call.opensOn) {
    return (
      <>
        {t("call.opens")} <time datetime={call.opensOn}>{formatDate(page.lang, call.opensOn)}</time>
      </>
    );
  }
  if (call.isRolling) return <>{t("call.rolling")}</>;
  if (call.nextDeadline) {
    return (
      <>
        {t("call.deadline")}: <DeadlineText page={page} deadline={call.nextDeadline} countdown />
      </>
    );
  }
  if (call.closesAt) {
    return (
      <>
        {t("call.deadline")}: <time datetime={call.closesAt}>{formatDate(page.lang, call.closesAt)}</time>
      </>
    );
  }
  return <>{t("call.noDeadline")}</>;
}
