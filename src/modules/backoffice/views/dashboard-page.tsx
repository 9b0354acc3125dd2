import type { PublicationState, Row } from "../../../platform/db/schema.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { backofficePaths, type WorkflowSection } from "../backoffice-paths.js";
import { listHref } from "../list-query.js";
import { callListShape, LIST_SPECS, PENDING_FILTER, STATES } from "../record-list.js";
import { AuditTable } from "./audit-table.js";
import { BackofficeLayout } from "./backoffice-layout.js";

export interface DashboardProps {
  page: PageContext;
  /** Per kind of record with a workflow: how many are in each state, and how many have a change waiting. */
  counts: { section: WorkflowSection; count: Record<PublicationState, number> & { pending: number } }[];
  recent: Row<"auditLog">[];
}

/** Where the catalogue stands: records per state, each count a link to that list. */
export function DashboardPage({ page, counts, recent }: DashboardProps) {
  const { t, lang } = page;
  const paths = backofficePaths(lang);
  const link = (section: WorkflowSection, state: string) => {
    const shape = section === "calls" ? callListShape : LIST_SPECS[section].shape;
    return listHref(paths.list(section), {
      q: "",
      filters: { state },
      sort: shape.defaultSort,
      dir: shape.defaultDir,
      page: 1,
    });
  };
  return (
    <BackofficeLayout page={page} title={t("bo.dashboard")} current="dashboard">
      <h1>{t("bo.title")}</h1>
      <p class="lead">{t("bo.dashboard.intro")}</p>
      <h2>{t("bo.dashboard.counts")}</h2>
      <div class="dashboard-counts">
        {counts.map(({ section, count }) => (
          <section aria-labelledby={`counts-${section}`}>
            <h3 id={`counts-${section}`}>
              <a href={paths.list(section)}>{t(`bo.${section}`)}</a>
            </h3>
            <ul class="plain-list">
              {STATES.map((state) => (
                <li>
                  <a href={link(section, state)}>
                    {t(`bo.state.${state}`)}: {count[state]}
                  </a>
                </li>
              ))}
              <li>
                <a href={link(section, PENDING_FILTER)}>
                  {t("bo.list.pendingOnly")}: {count.pending}
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
