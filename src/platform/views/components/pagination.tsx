import type { PageContext } from "../page-context.js";

/** Numbered pages around the current one, plus first and last. */
export function Pagination({
  page,
  current,
  pages,
  href,
}: {
  page: PageContext;
  current: number;
  /** How many pages may be linked to: the caller knows how deep a URL may go. */
  pages: number;
  href: (n: number) => string;
}) {
  if (pages <= 1) return null;
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  const label = page.lang === "nl" ? "Paginering" : "Pagination";
  return (
    <nav aria-label={label}>
      <ul class="pagination">
        {shown.map((n) => (
          <li>
            {n === current ? (
              <span aria-current="page">{n}</span>
            ) : (
              <a href={href(n)} aria-label={`${page.lang === "nl" ? "Pagina" : "Page"} ${n}`}>
                {n}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
