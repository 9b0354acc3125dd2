import { formatNumber } from "../../../platform/i18n/format.js";
import { CallCard } from "../../../platform/views/components/call-card.js";
import { Pagination } from "../../../platform/views/components/pagination.js";
import { Layout } from "../../../platform/views/layout.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import type { CallSummary } from "../call.queries.js";
import type { CallStatus } from "../call-status.js";

export interface CallListProps {
  page: PageContext;
  status: CallStatus | "all";
  total: number;
  calls: CallSummary[];
  pageNumber: number;
  pageSize: number;
}

/** Calls by status, nearest deadline first. */
export function CallList({ page, status, total, calls, pageNumber, pageSize }: CallListProps) {
  const { t, paths, lang } = page;
  const tabs: (CallStatus | "all")[] = ["open", "forthcoming", "closed", "all"];
  const href = (s: string, p = 1) => `${paths.section("calls")}?status=${s}${p > 1 ? `&page=${p}` : ""}`;
  return (
    <Layout page={page} title={t("calls.title")} description={t("calls.intro")} breadcrumbs={[{ label: t("nav.calls") }]}>
      <h1>{t("calls.title")}</h1>
      <p class="lead">{t("calls.intro")}</p>
      <ul class="tabs">
        {tabs.map((tab) => (
          <li>
            <a href={href(tab)} aria-current={tab === status ? "page" : undefined}>
              {tab === "all" ? t("nav.calls") : t(`status.${tab}`)}
            </a>
          </li>
        ))}
      </ul>
      <p>{t("calls.count", { count: formatNumber(lang, total) })}</p>
      {calls.length ? (
        <ul class="card-list">
          {calls.map((call) => (
            <li>
              <CallCard page={page} call={call} headingLevel={2} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("calls.none")}</p>
      )}
      <Pagination page={page} current={pageNumber} total={total} pageSize={pageSize} href={(p) => href(status, p)} />
    </Layout>
  );
}
