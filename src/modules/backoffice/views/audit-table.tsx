import type { Row } from "../../../platform/db/schema.js";
import { formatDate, formatTime } from "../../../platform/i18n/format.js";
import type { MessageKey } from "../../../platform/i18n/messages.nl.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { AUDIT_ACTIONS, type AuditAction } from "../audit-log.js";
import { backofficePaths, type RecordSection, SECTION_TYPES } from "../backoffice-paths.js";

const SECTIONS: Record<string, RecordSection> = Object.fromEntries(
  Object.entries(SECTION_TYPES).map(([section, type]) => [type, section as RecordSection]),
);

/** Lines of the audit log: when, who, what, and a link to the record. */
export function AuditTable({ page, rows }: { page: PageContext; rows: Row<"auditLog">[] }) {
  const { t, lang } = page;
  const paths = backofficePaths(lang);
  if (rows.length === 0) return <p>{t("bo.audit.none")}</p>;
  return (
    <table class="record-table">
      <caption class="visually-hidden">{t("bo.audit.title")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("bo.audit.when")}</th>
          <th scope="col">{t("bo.audit.who")}</th>
          <th scope="col">{t("bo.audit.what")}</th>
          <th scope="col">{t("bo.audit.record")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const section = row.entityType ? SECTIONS[row.entityType] : undefined;
          const action = AUDIT_ACTIONS.includes(row.action as AuditAction)
            ? t(`bo.action.${row.action}` as MessageKey)
            : row.action;
          return (
            <tr>
              <td>
                <time datetime={row.createdAt}>
                  {formatDate(lang, row.createdAt)} {formatTime(lang, row.createdAt)}
                </time>
              </td>
              <td>{row.actor}</td>
              <td>
                {action}
                {row.detail ? ` (${row.detail})` : ""}
              </td>
              <td>
                {section && row.entityId !== null ? (
                  <a href={paths.record(section, row.entityId)}>
                    {row.entityType} {row.entityId}
                  </a>
                ) : (
                  [row.entityType, row.entityId].filter((v) => v !== null).join(" ")
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
