/** What a back-office list shows: search words, filters, sorting and the page, all in the URL. */
export interface ListQuery {
  q: string;
  filters: Record<string, string>;
  sort: string;
  dir: "asc" | "desc";
  page: number;
}

export interface ListShape {
  filters: readonly string[];
  sorts: readonly string[];
  defaultSort: string;
  defaultDir: "asc" | "desc";
}

export const PAGE_SIZE = 25;

/** Anything unknown in the URL falls back to the default: a hand-edited address never fails. */
export function readListQuery(url: URL, shape: ListShape): ListQuery {
  const get = (name: string) => url.searchParams.get(name)?.trim() ?? "";
  const filters: Record<string, string> = {};
  for (const name of shape.filters) if (get(name)) filters[name] = get(name);
  const sort = shape.sorts.includes(get("sort")) ? get("sort") : shape.defaultSort;
  const dir = get("dir") === "asc" || get("dir") === "desc" ? (get("dir") as "asc" | "desc") : shape.defaultDir;
  const page = Math.min(Math.max(Number.parseInt(get("pagina"), 10) || 1, 1), 10_000);
  return { q: get("q").slice(0, 200), filters, sort, dir, page };
}

export function listHref(base: string, query: ListQuery, change: Partial<ListQuery> = {}): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  for (const [name, value] of Object.entries(next.filters)) params.set(name, value);
  params.set("sort", next.sort);
  params.set("dir", next.dir);
  if (next.page > 1) params.set("pagina", String(next.page));
  return `${base}?${params}`;
}

/** A LIKE pattern for words typed by an editor: % and _ mean themselves. */
export function containsPattern(q: string): string {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
