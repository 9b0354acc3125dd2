import { ROLES } from "../../../platform/http/visitor.js";
import { formatDate } from "../../../platform/i18n/format.js";
import { CsrfField } from "../../../platform/views/components/csrf-field.js";
import { Pagination } from "../../../platform/views/components/pagination.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { USER_PAGE_SIZE, type UserListing } from "../../accounts/user-admin.repository.js";
import { backofficePaths } from "../backoffice-paths.js";
import { BackofficeLayout } from "./backoffice-layout.js";

/** Accounts to find, give a role, deactivate or reactivate; an admin's own row has no buttons. */
export function UsersPage({
  page,
  search,
  current,
  users,
  total,
  error,
}: {
  page: PageContext;
  search: string;
  current: number;
  users: UserListing[];
  total: number;
  error?: string;
}) {
  const { t, lang } = page;
  const paths = backofficePaths(lang);
  const self = page.visitor.user?.id;
  const href = (n: number) => `${paths.users}?${new URLSearchParams({ ...(search ? { q: search } : {}), pagina: String(n) })}`;
  return (
    <BackofficeLayout page={page} title={t("bo.users")} current="users">
      <h1>{t("bo.users")}</h1>
      <p class="lead">{t("bo.users.intro")}</p>
      {error ? (
        <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
          <p>{error}</p>
        </div>
      ) : null}
      <form method="get" action={paths.users} role="search" class="list-filters">
        <label for="users-q" class="field-label">
          {t("bo.users.search")}
        </label>
        <input type="search" id="users-q" name="q" value={search} /> <button type="submit">{t("bo.list.filter")}</button>
      </form>
      <p role="status">{t("bo.users.count", { count: total })}</p>
      {users.length === 0 ? (
        <p>{t("bo.users.none")}</p>
      ) : (
        <table class="record-table">
          <caption class="visually-hidden">{t("bo.users")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("bo.users.email")}</th>
              <th scope="col">{t("bo.users.name")}</th>
              <th scope="col">{t("bo.users.status")}</th>
              <th scope="col">{t("bo.users.created")}</th>
              <th scope="col">{t("bo.users.role")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr>
                <th scope="row">
                  {user.email} {user.id === self ? t("bo.users.you") : null}
                </th>
                <td>{user.name ?? t("empty")}</td>
                <td>
                  {user.deactivatedAt
                    ? t("bo.users.deactivated", { date: formatDate(lang, user.deactivatedAt) })
                    : user.verified
                      ? t("bo.users.active")
                      : t("bo.users.unconfirmed")}
                </td>
                <td>{formatDate(lang, user.createdAt)}</td>
                <td>
                  {user.id === self ? (
                    t(`bo.role.${user.role}`)
                  ) : (
                    <>
                      <form method="post" action={paths.userAction(user.id, "role")}>
                        <CsrfField page={page} />
                        <label class="visually-hidden" for={`role-${user.id}`}>
                          {t("bo.users.roleFor", { email: user.email })}
                        </label>
                        <select id={`role-${user.id}`} name="role">
                          {ROLES.map((role) => (
                            <option value={role} selected={role === user.role}>
                              {t(`bo.role.${role}`)}
                            </option>
                          ))}
                        </select>{" "}
                        <button type="submit">{t("bo.users.changeRole")}</button>
                      </form>
                      <form method="post" action={paths.userAction(user.id, user.deactivatedAt ? "reactivate" : "deactivate")}>
                        <CsrfField page={page} />
                        <button type="submit" class={user.deactivatedAt ? "button-secondary" : "button-danger"}>
                          {user.deactivatedAt ? t("bo.users.reactivate") : t("bo.users.deactivate")}
                        </button>
                      </form>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} current={current} pages={Math.ceil(total / USER_PAGE_SIZE)} href={href} />
    </BackofficeLayout>
  );
}
