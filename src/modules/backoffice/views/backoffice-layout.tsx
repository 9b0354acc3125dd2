import type { Child } from "hono/jsx";
import { hasRole } from "../../../platform/http/visitor.js";
import { Layout } from "../../../platform/views/layout.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { backofficePaths, RECORD_SECTIONS, type RecordSection } from "../backoffice-paths.js";

type Current = "dashboard" | RecordSection | "auditLog" | "merge" | "importLabels" | "imports" | "users";

/** Every back-office page: the site's frame with the back-office menu beside the work. */
export function BackofficeLayout({
  page,
  title,
  current,
  crumbs = [],
  children,
}: {
  page: PageContext;
  title: string;
  current: Current;
  crumbs?: { label: string; href?: string }[];
  children: Child;
}) {
  const { t, lang } = page;
  const paths = backofficePaths(lang);
  const items: { key: Current; href: string; label: string }[] = [
    { key: "dashboard", href: paths.root, label: t("bo.dashboard") },
    ...RECORD_SECTIONS.map((section) => ({ key: section, href: paths.list(section), label: t(`bo.${section}`) })),
    { key: "imports", href: paths.imports, label: t("bo.import") },
    { key: "importLabels", href: paths.importLabels, label: t("bo.labels") },
    { key: "merge", href: paths.merge, label: t("bo.merge") },
    ...(hasRole(page.visitor.user, "admin")
      ? [
          { key: "users" as const, href: paths.users, label: t("bo.users") },
          { key: "auditLog" as const, href: paths.auditLog, label: t("bo.auditLog") },
        ]
      : []),
  ];
  return (
    <Layout
      page={page}
      title={`${title} | ${t("bo.title")}`}
      bodyClass="backoffice"
      breadcrumbs={[
        { label: t("bo.title"), href: paths.root },
        ...crumbs,
        ...(current === "dashboard" ? [] : [{ label: title }]),
      ]}
    >
      <div class="backoffice-grid">
        <nav aria-label={t("bo.nav")} class="backoffice-nav">
          <ul>
            {items.map((item) => (
              <li>
                <a href={item.href} aria-current={item.key === current ? "page" : undefined}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="backoffice-work">{children}</div>
      </div>
    </Layout>
  );
}
