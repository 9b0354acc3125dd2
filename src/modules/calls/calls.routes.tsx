import { Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { AppError } from "../../errors.js";
import { segments } from "../../platform/http/paths.js";
import { backHref, pageContext } from "../../platform/http/site-context.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { findCall, listCalls } from "./call.queries.js";
import { CALL_STATUSES, type CallStatus } from "./call-status.js";
import { CallList } from "./views/call-list.js";
import { CallPage } from "./views/call-page.js";

const PAGE_SIZE = 20;

export function callRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const base = `/${segments[lang].calls}`;

  app.get(base, async (c) => {
    const now = deps.now();
    const asked = c.req.query("status");
    const status: CallStatus | "all" =
      asked === "all" || CALL_STATUSES.includes(asked as CallStatus) ? (asked as CallStatus | "all") : "open";
    const pageNumber = Math.max(1, Math.min(10_000, Number.parseInt(c.req.query("page") ?? "1", 10) || 1));
    const { total, calls } = await listCalls(
      deps.db.kysely,
      { statuses: status === "all" ? undefined : [status], limit: PAGE_SIZE, offset: (pageNumber - 1) * PAGE_SIZE },
      now,
    );
    const page = pageContext(c, lang, deps.config.BASE_URL, now);
    return c.html(
      <CallList page={page} status={status} total={total} calls={calls} pageNumber={pageNumber} pageSize={PAGE_SIZE} />,
    );
  });

  app.get(`${base}/:slug`, async (c) => {
    const now = deps.now();
    const call = await findCall(deps.db.kysely, c.req.param("slug"), now);
    if (!call) throw new AppError("call_not_found");
    const page = pageContext(c, lang, deps.config.BASE_URL, now);
    return c.html(<CallPage page={page} call={call} backHref={backHref(c, page.paths.section("calls"), deps.config.BASE_URL)} />);
  });

  return app;
}
