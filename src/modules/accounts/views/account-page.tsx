import type { Child } from "hono/jsx";
import { Layout } from "../../../platform/views/layout.js";
import type { PageContext } from "../../../platform/views/page-context.js";

/** The frame of the sign-in pages: one column, the title, an intro, then the form and links. */
export function AccountPage({
  page,
  title,
  intro,
  children,
  links = [],
}: {
  page: PageContext;
  title: string;
  intro?: string;
  children?: Child;
  links?: { label: string; href: string }[];
}) {
  return (
    <Layout page={page} title={title} breadcrumbs={[{ label: title }]} bodyClass="account">
      <div class="account-column">
        <h1>{title}</h1>
        {intro ? <p>{intro}</p> : null}
        {children}
        {links.length ? (
          <ul class="plain-list account-links">
            {links.map((link) => (
              <li>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </Layout>
  );
}
