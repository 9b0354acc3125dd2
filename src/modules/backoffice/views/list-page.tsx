import type { Child } from "hono/jsx";
import { Pagination } from "../../../platform/views/components/pagination.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { type ListQuery, listHref, PAGE_SIZE } from "../list-query.js";

export interface ListFilter {
  name: string;
  label: string;
  anyLabel: string;
  options: { value: string; label: string }[];
}

export interface ListColumn<R> {
  key: string;
  label: string;
  sortable?: boolean;
  cell(row: R): Child;
}

export interface ListPageProps<R> {
  page: PageContext;
  base: string;
  query: ListQuery;
  filters: ListFilter[];
  columns: ListColumn<R>[];
  rows: R[];
  total: number;
  caption: string;
  /** What the search box says it searches, where it is not titles and codes. */
  searchLabel?: string;
}

/** One list for every kind of record: a search and filter form that works without script, sortable columns, pages. */
export function ListPage<R>({ page, base, query, filters, columns, rows, total, caption, searchLabel }: ListPageProps<R>) {
  const { t } = page;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <>
      <form method="get" action={base} class="list-filters" role="search" aria-label={t("bo.list.filters")}>
        <p>
          <label for="list-q" class="field-label">
            {searchLabel ?? t("bo.list.search")}
          </label>
          <input id="list-q" name="q" type="search" value={query.q} />
        </p>
        {filters.map((filter) => (
          <p>
            <label for={`list-${filter.name}`} class="field-label">
              {filter.label}
            </label>
            <select id={`list-${filter.name}`} name={filter.name}>
              <option value="">{filter.anyLabel}</option>
              {filter.options.map((option) => (
                <option value={option.value} selected={query.filters[filter.name] === option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </p>
        ))}
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <p>
          <button type="submit">{t("bo.list.filter")}</button>
        </p>
      </form>
      <p role="status">{t("bo.list.count", { count: total })}</p>
      {rows.length === 0 ? (
        <p>{t("bo.list.none")}</p>
      ) : (
        <table class="record-table">
          <caption class="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const sorted = query.sort === column.key;
                const sortState = sorted ? (query.dir === "asc" ? "ascending" : "descending") : undefined;
                return (
                  <th scope="col" aria-sort={sortState}>
                    {column.sortable ? (
                      <a
                        href={listHref(base, query, {
                          sort: column.key,
                          dir: sorted && query.dir === "asc" ? "desc" : "asc",
                          page: 1,
                        })}
                      >
                        {column.label}
                        <span class="visually-hidden">
                          {" "}
                          (
                          {sorted
                            ? t(query.dir === "asc" ? "bo.list.sortedAsc" : "bo.list.sortedDesc")
                            : t("bo.list.sortBy", { column: column.label })}
                          )
                        </span>
                      </a>
                    ) : (
                      column.label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr>
                {columns.map((column) => (
                  <td>{column.cell(row)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} current={query.page} pages={pages} href={(n) => listHref(base, query, { page: n })} />
    </>
  );
}
