import type { PageContext } from "../page-context.js";

/** "Terug naar overzicht": back to the list the visitor came from, filters intact. */
export function BackLink({ page, href }: { page: PageContext; href: string }) {
  return (
    <p class="back-link">
      <a href={href}>← {page.t("nav.back")}</a>
    </p>
  );
}
