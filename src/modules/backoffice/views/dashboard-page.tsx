import type { PublicationState, Row } from "../../../platform/db/schema.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { backofficePaths, type RecordSection } from "../backoffice-paths.js";
import { listHref } from "../list-query.js";
import { callListShape, PENDING_FILTER, programmeListShape, STATES } from "../record-list.js";
import { AuditTable } from "./audit-table.js";
import { BackofficeLayout } from "./backoffice-layout.js";

export interface DashboardProps {
  page: PageContext;
  counts: Record<RecordSection, Record<PublicationState, number> & { pending: number }>;
  recent: Row<"auditLog">[];
}

/** Where the catalogue stands: records per state, each count a link to that list. */
export function DashboardPage({ page, counts, recent }: DashboardProps) {
  const { t, lang } = page;
  const paths = backofficePaths(lang);
  const shapes = { calls: callListShape, programmes: programmeListShape };
  const link = (section: RecordSection, state: string) =>
    listHref(paths.list(section), {
      q: "",
      filters: { state },
      sort: shapes[section].defaultSort,
      dir: shapes[section].defaultDir,
      page: 1,
    });
  return (
    <BackofficeLayout page={page} title={t("bo.dashboard")} current="dashboard">
      <h1>{t("bo.title")}</h1>
      <p class="lead">{t("bo.dashboard.intro")}</p>
      <h2>{t("bo.dashboard.counts")}</h2>
      <div class="dashboard-counts">
        {(["calls", "programmes"] as const).map((section) => (
          <section aria-labelledby={`counts-${section}`}>
            <h3 id={`counts-${section}`}>
              <a href={paths.list(section)}>{t(section === "calls" ? "bo.calls" : "bo.programmes")}</a>
            </h3>
            <ul class="plain-list">
              {STATES.map((state) => (
                <li>
                  <a href={link(section, state)}>
                    {t(`bo.state.${state}`)}: {counts[section][state]}
                  </a>
                </li>
              ))}
              <li>
                <a href={link(section, PENDING_FILTER)}>
                  {t("bo.list.pendingOnly")}: {counts[section].pending}
                </a>
              </li>
            </ul>
          </section>
        ))}
      </div>
      <h2>{t("bo.dashboard.recent")}</h2>
      <AuditTable page={page} rows={recent} />
    </BackofficeLayout>
  );
}
