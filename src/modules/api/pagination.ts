import type { Context } from "hono";
import { type Page, pageCount } from "./query-params.js";

/**
 * RFC 8288 Link header (first, prev, next, last) and the total, so a client can walk a
 * listing without building URLs itself. Links keep every other parameter of the request.
 */
export function setPaginationHeaders(c: Context, baseUrl: string, page: Page<unknown>): void {
  const last = pageCount(page);
  const url = new URL(c.req.url);
  const at = (n: number) => {
    const params = new URLSearchParams(url.search);
    if (n === 1) params.delete("page");
    else params.set("page", String(n));
    const query = params.toString();
    return `${baseUrl}${url.pathname}${query ? `?${query}` : ""}`;
  };
  const links = [`<${at(1)}>; rel="first"`];
  if (page.page > 1) links.push(`<${at(Math.min(page.page - 1, last))}>; rel="prev"`);
  if (page.page < last) links.push(`<${at(page.page + 1)}>; rel="next"`);
  links.push(`<${at(last)}>; rel="last"`);
  c.header("Link", links.join(", "));
  c.header("X-Total-Count", String(page.total));
}

/** The body's envelope around a page of items. */
export function pageBody<T>(page: Page<T>) {
  return { items: page.items, total: page.total, page: page.page, size: page.size, pageCount: pageCount(page) };
}
