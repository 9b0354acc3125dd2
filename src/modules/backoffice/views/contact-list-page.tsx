import { formatDate } from "../../../platform/i18n/format.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { backofficePaths } from "../backoffice-paths.js";
import { type ListedContact, USED_BY } from "../contact-list.js";
import type { ListQuery } from "../list-query.js";
import { BackofficeLayout } from "./backoffice-layout.js";
import { ContactUsage } from "./contact-usage.js";
import { type ListColumn, ListPage } from "./list-page.js";

/** The contacts, each with the records that name it, and a link to create a new one. */
export function ContactListPage({
  page,
  query,
  rows,
  total,
}: {
  page: PageContext;
  query: ListQuery;
  rows: ListedContact[];
  total: number;
}) {
  const { t, lang } = page;
  const paths = backofficePaths(lang);
  const title = t("bo.contacts");
  const columns: ListColumn<ListedContact>[] = [
    {
      key: "name",
      label: t("bo.col.name"),
      sortable: true,
      cell: (row) => <a href={paths.record("contacts", row.id)}>{row.name}</a>,
    },
    { key: "organisation", label: t("bo.field.contact.organisation"), cell: (row) => row.organisation ?? "" },
    { key: "email", label: t("bo.field.contact.email"), cell: (row) => row.email ?? "" },
    {
      key: "usedBy",
      label: t("bo.contacts.usedBy"),
      cell: (row) => (
        <ContactUsage page={page} users={row.users} limit={3} moreHref={`${paths.record("contacts", row.id)}#used-by`} />
      ),
    },
    {
      key: "updatedAt",
      label: t("bo.col.updated"),
      sortable: true,
      cell: (row) => (row.updatedAt ? <time datetime={row.updatedAt}>{formatDate(lang, row.updatedAt)}</time> : ""),
    },
  ];
  return (
    <BackofficeLayout page={page} title={title} current="contacts">
      <h1>{title}</h1>
      <p>
        <a class="button-link" href={paths.newRecord("contacts")}>
          {t("bo.new.contacts")}
        </a>
      </p>
      <ListPage
        page={page}
        base={paths.list("contacts")}
        query={query}
        searchLabel={t("bo.contacts.search")}
        filters={[
          {
            name: "usedBy",
            label: t("bo.contacts.usedBy"),
            anyLabel: t("bo.contacts.anyUse"),
            options: USED_BY.map((value) => ({ value, label: t(`bo.contacts.filter.${value}`) })),
          },
        ]}
        columns={columns}
        rows={rows}
        total={total}
        caption={title}
      />
    </BackofficeLayout>
  );
}
