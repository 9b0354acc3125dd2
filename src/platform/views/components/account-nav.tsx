import { hasRole } from "../../http/visitor.js";
import type { PageContext } from "../page-context.js";
import { CsrfField } from "./csrf-field.js";

/** The header's account links: register and log in, or my guide and log out. */
export function AccountNav({ page }: { page: PageContext }) {
  const { t, paths, visitor } = page;
  if (visitor.user) {
    return (
      <nav aria-label={t("nav.account")} class="account-nav">
        <ul>
          <li>
            <a href={paths.section("myGuide")}>{t("nav.myGuide")}</a>
          </li>
          {hasRole(visitor.user, "editor") ? (
            <li>
              <a href={paths.section("backoffice")}>{t("bo.title")}</a>
            </li>
          ) : null}
          <li>
            <form method="post" action={paths.section("logout")}>
              <CsrfField page={page} />
              <button type="submit" class="link-button">
                {t("nav.logout")}
              </button>
            </form>
          </li>
        </ul>
      </nav>
    );
  }
  const back = returnQuery(page);
  return (
    <nav aria-label={t("nav.account")} class="account-nav">
      <ul>
        <li>
          <a href={`${paths.section("register")}${back}`}>{t("nav.register")}</a>
        </li>
        <li>
          <a href={`${paths.section("login")}${back}`}>{t("nav.login")}</a>
        </li>
      </ul>
    </nav>
  );
}

/** After logging in the visitor comes back to the page they were on (not to another account page). */
function returnQuery(page: PageContext): string {
  const path = page.url.split("?")[0] ?? "/";
  const accountPages = (
    ["register", "login", "logout", "forgotPassword", "resetPassword", "confirmEmail", "loginLink"] as const
  ).map((s) => page.paths.section(s));
  if (path === page.paths.home || accountPages.includes(path)) return "";
  return `?next=${encodeURIComponent(page.url)}`;
}
