import { Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { markPersonal } from "../../platform/http/cache-control.js";
import { requireRole } from "../../platform/http/guards.js";
import { segments } from "../../platform/http/paths.js";
import { pageContext } from "../../platform/http/site-context.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { recentActions } from "./audit-log.js";
import { SECTION_TYPES, type WorkflowSection } from "./backoffice-paths.js";
import { contactListShape, listContactRecords } from "./contact-list.js";
import { PAGE_SIZE, readListQuery } from "./list-query.js";
import { presenceRoutes } from "./presence.routes.js";
import { RECORD_EDITORS, WORKFLOW_EDITORS } from "./record-editors.js";
import { callListShape, LIST_SPECS, listCallRecords, listRecords, pendingCounts, stateCounts } from "./record-list.js";
import { recordRoutes } from "./record-routes.js";
import { AuditLogPage } from "./views/audit-log-page.js";
import { ContactListPage } from "./views/contact-list-page.js";
import { DashboardPage } from "./views/dashboard-page.js";
import { RecordListPage } from "./views/record-lists.js";

/** The back office at /beheer (Dutch) and /en/admin (English), for editors and admins only. */
export function backofficeRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const db = deps.db.kysely;
  const root = `/${segments[lang].backoffice}`;
  const page = (c: Parameters<typeof pageContext>[0]) => pageContext(c, lang, deps.config.BASE_URL, deps.now());

  app.use(root, requireRole("editor"), markPersonalAfter);
  app.use(`${root}/*`, requireRole("editor"), markPersonalAfter);

  app.get(root, async (c) => {
    const sections = WORKFLOW_EDITORS.map((editor) => editor.section as WorkflowSection);
    const [pending, recent] = await Promise.all([pendingCounts(db), recentActions(db, 10)]);
    const counts = await Promise.all(
      sections.map(async (section) => ({
        section,
        count: { ...(await stateCounts(db, section)), pending: pending(SECTION_TYPES[section]) },
      })),
    );
    return c.html(<DashboardPage page={page(c)} counts={counts} recent={recent.rows} />);
  });

  app.get(`${root}/${segments[lang].calls}`, async (c) => {
    const query = readListQuery(new URL(c.req.url), callListShape);
    const [{ rows, total }, programmes] = await Promise.all([
      listCallRecords(db, query),
      db.selectFrom("programmes").select(["slug", "name"]).orderBy("name").execute(),
    ]);
    return c.html(
      <RecordListPage page={page(c)} section="calls" query={query} rows={rows} total={total} workflow programmes={programmes} />,
    );
  });

  app.get(`${root}/${segments[lang].contacts}`, async (c) => {
    const query = readListQuery(new URL(c.req.url), contactListShape);
    const { rows, total } = await listContactRecords(db, query);
    return c.html(<ContactListPage page={page(c)} query={query} rows={rows} total={total} />);
  });

  for (const [section, spec] of Object.entries(LIST_SPECS)) {
    app.get(`${root}/${segments[lang][section as keyof typeof LIST_SPECS]}`, async (c) => {
      const query = readListQuery(new URL(c.req.url), spec.shape);
      const { rows, total } = await listRecords(db, spec, query, lang);
      return c.html(
        <RecordListPage
          page={page(c)}
          section={section as keyof typeof LIST_SPECS}
          query={query}
          rows={rows}
          total={total}
          workflow={spec.workflow}
        />,
      );
    });
  }

  for (const editor of RECORD_EDITORS) app.route("/", recordRoutes(deps, lang, editor));
  app.route("/", presenceRoutes(deps, lang));

  app.get(`${root}/${segments[lang].auditLog}`, requireRole("admin"), async (c) => {
    const current = Math.max(1, Number.parseInt(c.req.query("pagina") ?? "1", 10) || 1);
    const { rows, total } = await recentActions(db, PAGE_SIZE, (current - 1) * PAGE_SIZE);
    return c.html(<AuditLogPage page={page(c)} rows={rows} total={total} current={current} />);
  });

  return app;
}

const markPersonalAfter: Parameters<Hono["use"]>[1] = async (c, next) => {
  await next();
  markPersonal(c);
};
