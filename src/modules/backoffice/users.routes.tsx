import { type Context, Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { AppError } from "../../errors.js";
import { siteCookies } from "../../platform/http/cookies.js";
import { writeFlash } from "../../platform/http/flash.js";
import { requireRole, signedInUser } from "../../platform/http/guards.js";
import { segments } from "../../platform/http/paths.js";
import { pageContext } from "../../platform/http/site-context.js";
import { ROLES, type Role } from "../../platform/http/visitor.js";
import type { MessageKey } from "../../platform/i18n/messages.nl.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { changeRole, findUserById } from "../accounts/user.repository.js";
import { deactivateUser, listUsers, reactivateUser } from "../accounts/user-admin.repository.js";
import { actorOf, logAction } from "./audit-log.js";
import { backofficePaths } from "./backoffice-paths.js";
import { UsersPage } from "./views/users-page.js";

/** /beheer/gebruikers, for admins: find accounts, change a role, deactivate or reactivate. */
export function userRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const db = deps.db.kysely;
  const s = segments[lang];
  const path = `/${s.backoffice}/${s.users}`;

  const render = async (c: Context, status: 200 | 400, error?: string) => {
    const search = (c.req.query("q") ?? "").slice(0, 200);
    const current = Math.max(1, Number.parseInt(c.req.query("pagina") ?? "1", 10) || 1);
    const { users, total } = await listUsers(db, search, current);
    const page = pageContext(c, lang, deps.config.BASE_URL, deps.now());
    return c.html(<UsersPage page={page} search={search} current={current} users={users} total={total} error={error} />, status);
  };

  app.get(path, requireRole("admin"), (c) => render(c, 200));

  /** The account a form acts on; an admin's own is refused, so nobody locks themselves out. */
  const target = async (c: Context) => {
    const id = Number(c.req.param("id"));
    const user = Number.isInteger(id) ? await findUserById(db, id) : undefined;
    if (!user) throw new AppError("not_found");
    return user;
  };
  const own = (c: Context, id: number) => signedInUser(c).id === id;
  const done = (c: Context, key: MessageKey) => {
    writeFlash(c, siteCookies(deps.config.BASE_URL), [{ kind: "success", key }]);
    return c.redirect(backofficePaths(lang).users, 303);
  };
  const audit = (c: Context, action: "changeRole" | "deactivate" | "reactivate", id: number, detail: string) =>
    db.transaction().execute((trx) => logAction(trx, actorOf(signedInUser(c)), action, { type: "user", id }, deps.now(), detail));
  const t = (c: Context) => pageContext(c, lang, deps.config.BASE_URL, deps.now()).t;

  app.post(`${path}/:id/${s.role}`, requireRole("admin"), async (c) => {
    const user = await target(c);
    if (own(c, user.id)) return render(c, 400, t(c)("bo.users.notYourself"));
    const role = (await c.req.parseBody()).role;
    if (typeof role !== "string" || !ROLES.includes(role as Role)) return render(c, 400, t(c)("bo.users.changeRole"));
    await changeRole(db, user.email, role as Role);
    await audit(c, "changeRole", user.id, `${user.email}: ${role}`);
    return done(c, "bo.users.roleChanged");
  });

  app.post(`${path}/:id/${s.deactivate}`, requireRole("admin"), async (c) => {
    const user = await target(c);
    if (own(c, user.id)) return render(c, 400, t(c)("bo.users.notYourself"));
    if (await deactivateUser(db, user.id, deps.now())) await audit(c, "deactivate", user.id, user.email);
    return done(c, "bo.users.deactivatedDone");
  });

  app.post(`${path}/:id/${s.reactivate}`, requireRole("admin"), async (c) => {
    const user = await target(c);
    if (own(c, user.id)) return render(c, 400, t(c)("bo.users.notYourself"));
    if (await reactivateUser(db, user.id)) await audit(c, "reactivate", user.id, user.email);
    return done(c, "bo.users.reactivatedDone");
  });

  return app;
}
