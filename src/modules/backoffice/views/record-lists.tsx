import { formatDate } from "../../../platform/i18n/format.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { backofficePaths, type RecordSection } from "../backoffice-paths.js";
import type { ListQuery } from "../list-query.js";
import { type ListedRecord, PENDING_FILTER, STATES } from "../record-list.js";
import { BackofficeLayout } from "./backoffice-layout.js";
import { type ListColumn, type ListFilter, ListPage } from "./list-page.js";
import { StateBadge } from "./state-badge.js";

export interface RecordListProps {
  page: PageContext;
  section: RecordSection;
  query: ListQuery;
  rows: ListedRecord[];
  total: number;
  /** false: no state to filter or show (themes, beneficiary types). */
  workflow: boolean;
  programmes?: { slug: string; name: string }[];
}

/** The list of one kind of record, with a link to create a new one. */
export function RecordListPage({ page, section, query, rows, total, workflow, programmes }: RecordListProps) {
  const { t, lang } = page;
  const paths = backofficePaths(lang);
  const title = t(`bo.${section}`);
  const filters: ListFilter[] = [];
  if (workflow) {
    filters.push({
      name: "state",
      label: t("bo.list.state"),
      anyLabel: t("bo.list.allStates"),
      options: [
        ...STATES.map((state) => ({ value: state, label: t(`bo.state.${state}`) })),
        { value: PENDING_FILTER, label: t("bo.list.pendingOnly") },
      ],
    });
  }
  if (programmes) {
    filters.push({
      name: "programme",
      label: t("bo.list.programme"),
      anyLabel: t("bo.list.anyProgramme"),
      options: programmes.map((p) => ({ value: p.slug, label: p.name })),
    });
  }
  const columns: ListColumn<ListedRecord>[] = [
    {
      key: "title",
      label: t("bo.col.title"),
      sortable: true,
      cell: (row) => <a href={paths.record(section, row.id)}>{row.title}</a>,
    },
  ];
  if (section === "calls") columns.push({ key: "programme", label: t("bo.col.programme"), cell: (row) => row.programme ?? "" });
  if (workflow) {
    columns.push({
      key: "state",
      label: t("bo.col.state"),
      sortable: true,
      cell: (row) => (row.state ? <StateBadge page={page} state={row.state} pending={row.pending} /> : ""),
    });
  }
  if (section === "calls") {
    columns.push({
      key: "closesAt",
      label: t("bo.col.closes"),
      sortable: true,
      cell: (row) => (row.closesAt ? formatDate(lang, row.closesAt) : ""),
    });
  }
  if (workflow) {
    columns.push({
      key: "updatedAt",
      label: t("bo.col.updated"),
      sortable: true,
      cell: (row) => (row.updatedAt ? <time datetime={row.updatedAt}>{formatDate(lang, row.updatedAt)}</time> : ""),
    });
  }
  return (
    <BackofficeLayout page={page} title={title} current={section}>
      <h1>{title}</h1>
      <p>
        <a class="button-link" href={paths.newRecord(section)}>
          {t(`bo.new.${section}`)}
        </a>
      </p>
      <ListPage
        page={page}
        base={paths.list(section)}
        query={query}
        filters={filters}
        columns={columns}
        rows={rows}
        total={total}
        caption={title}
      />
    </BackofficeLayout>
  );
}
