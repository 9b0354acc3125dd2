import type { Row } from "../../../platform/db/schema.js";
import { Pagination } from "../../../platform/views/components/pagination.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { backofficePaths } from "../backoffice-paths.js";
import { PAGE_SIZE } from "../list-query.js";
import { AuditTable } from "./audit-table.js";
import { BackofficeLayout } from "./backoffice-layout.js";

export function AuditLogPage({
  page,
  rows,
  total,
  current,
}: {
  page: PageContext;
  rows: Row<"auditLog">[];
  total: number;
  current: number;
}) {
  const { t } = page;
  const paths = backofficePaths(page.lang);
  return (
    <BackofficeLayout page={page} title={t("bo.audit.title")} current="auditLog">
      <h1>{t("bo.audit.title")}</h1>
      <p class="lead">{t("bo.audit.intro")}</p>
      <AuditTable page={page} rows={rows} />
      <Pagination
        page={page}
        current={current}
        pages={Math.max(1, Math.ceil(total / PAGE_SIZE))}
        href={(n) => `${paths.auditLog}?pagina=${n}`}
      />
    </BackofficeLayout>
  );
}
