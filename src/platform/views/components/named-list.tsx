import type { PageContext } from "../page-context.js";

interface NamedItem {
  slug: string;
  nameNl: string;
  nameEn: string;
}

/** Themes or beneficiary types as a comma-free list of links in the reader's language. */
export function NamedList({ page, items, href }: { page: PageContext; items: NamedItem[]; href: (slug: string) => string }) {
  if (!items.length) return <span class="muted">{page.t("value.unknown")}</span>;
  return (
    <ul class="tag-list">
      {items.map((item) => (
        <li>
          <a href={href(item.slug)}>{page.lang === "en" ? item.nameEn : item.nameNl}</a>
        </li>
      ))}
    </ul>
  );
}
