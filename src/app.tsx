import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { compress } from "hono/compress";
import { requestId } from "hono/request-id";
import type { AppDeps } from "./app-deps.js";
import { AppError } from "./errors.js";
import { accountRoutes } from "./modules/accounts/accounts.routes.js";
import { isDigestLinkPath } from "./modules/alerts/alert-paths.js";
import { alertRoutes } from "./modules/alerts/alerts.routes.js";
import { openDataApiRoutes } from "./modules/api/api.routes.js";
import { problem } from "./modules/api/problem.js";
import { articleRoutes } from "./modules/articles/articles.routes.js";
import { backofficeRoutes } from "./modules/backoffice/backoffice.routes.js";
import { backofficePaths } from "./modules/backoffice/backoffice-paths.js";
import { IMPORT_MAX_BYTES } from "./modules/backoffice/imports/stored-upload.js";
import { importRoutes } from "./modules/backoffice/imports.routes.js";
import { labelRoutes } from "./modules/backoffice/labels.routes.js";
import { mergeRoutes } from "./modules/backoffice/merge.routes.js";
import { userRoutes } from "./modules/backoffice/users.routes.js";
import { callRoutes } from "./modules/calls/calls.routes.js";
import { eventRoutes } from "./modules/events/events.routes.js";
import { feedRoutes } from "./modules/feeds/feeds.routes.js";
import { calendarFeedRoutes } from "./modules/following/calendar-feed.routes.js";
import { followingRoutes } from "./modules/following/following.routes.js";
import { homeRoutes } from "./modules/home/home.routes.js";
import { programmeRoutes } from "./modules/programmes/programmes.routes.js";
import { searchRoutes } from "./modules/search/search.routes.js";
import { subscriptionRoutes } from "./modules/subscriptions/subscriptions.routes.js";
import { themeRoutes } from "./modules/themes/themes.routes.js";
import { clientAddress } from "./platform/http/client-address.js";
import { renderError } from "./platform/http/error-pages.js";
import { healthRoutes } from "./platform/http/health.js";
import { methodGuard } from "./platform/http/method-guard.js";
import { rateLimit } from "./platform/http/rate-limit.js";
import { requestLog } from "./platform/http/request-log.js";
import { responseHeaders } from "./platform/http/response-headers.js";
import { routeKind } from "./platform/http/route-kind.js";
import { staticRoutes } from "./platform/http/static.js";
import { visitorMiddleware } from "./platform/http/visitor-middleware.js";
import { LANGS } from "./platform/i18n/translate.js";
import { metricsRoutes, requestMetrics } from "./platform/metrics/metrics.routes.js";

/** The most a form other than an import upload may send: a call with every text at its longest. */
const FORM_MAX_BYTES = 2 * 1024 * 1024;

/**
 * The whole web application, without a listening socket: tests call app.request().
 * Load order: platform middleware, health, static files, API and feeds, the visitor, then
 * each module's pages.
 */
export function buildApp(deps: AppDeps) {
  const app = new Hono();

  // An id per request (or the proxy's X-Request-Id), in every log line and on the error page.
  app.use("*", requestId());
  app.use("*", requestLog(deps.log));
  app.use("*", requestMetrics(deps.metrics));
  app.use("*", ...responseHeaders({ trustedProxies: deps.config.TRUST_PROXY }));
  app.use("*", compress());
  // Before anything that costs: a refusal must be cheap.
  app.use(
    "*",
    deps.load.middleware((c) =>
      routeKind(c.req.path) === "api"
        ? problem(c, new AppError("overloaded"))
        : renderError(c, new AppError("overloaded"), deps.config.BASE_URL, deps.now()),
    ),
  );
  const pageLimit = rateLimit({
    store: deps.rateLimits,
    name: "pages",
    limit: deps.config.PAGE_RATE_LIMIT,
    windowSeconds: deps.config.PAGE_RATE_WINDOW_SECONDS,
    client: (c) => clientAddress(c, deps.config.TRUST_PROXY),
    now: deps.now,
    log: deps.log,
    refuse: (c) => renderError(c, new AppError("rate_limited"), deps.config.BASE_URL, deps.now()),
  });
  // Pages and feeds share one limit; the API counts its own, probes and static files none.
  app.use("*", (c, next) => {
    const kind = routeKind(c.req.path);
    return kind === "page" || kind === "feed" ? pageLimit(c, next) : next();
  });

  app.route("/", healthRoutes(deps, deps.health));
  app.route("/", metricsRoutes(deps.metrics, deps.config.METRICS_TOKEN));
  app.route("/", staticRoutes());
  app.route("/", openDataApiRoutes(deps));
  app.route("/", feedRoutes(deps));
  app.route("/", calendarFeedRoutes(deps));
  // Bodies are bounded before the CSRF check reads a form into memory; only an import file may be large.
  const uploads = new Set(LANGS.map((lang) => backofficePaths(lang).imports));
  const refuseLarge = (c: Context) => renderError(c, new AppError("too_large"), deps.config.BASE_URL, deps.now());
  const formLimit = bodyLimit({ maxSize: FORM_MAX_BYTES, onError: refuseLarge });
  const uploadLimit = bodyLimit({ maxSize: IMPORT_MAX_BYTES + FORM_MAX_BYTES, onError: refuseLarge });
  app.use("*", (c, next) => (uploads.has(c.req.path) ? uploadLimit(c, next) : formLimit(c, next)));
  // Pages from here on know their visitor; every form on them is checked for its CSRF token.
  app.use(
    "*",
    methodGuard(app, (c, error) => renderError(c, error, deps.config.BASE_URL, deps.now())),
  );
  app.use(
    "*",
    visitorMiddleware({ db: deps.db.kysely, baseUrl: deps.config.BASE_URL, now: deps.now, csrfExempt: isDigestLinkPath }),
  );

  for (const lang of LANGS) {
    const prefix = lang === "nl" ? "/" : `/${lang}`;
    app.route(prefix, homeRoutes(deps, lang));
    app.route(prefix, searchRoutes(deps, lang));
    app.route(prefix, callRoutes(deps, lang));
    app.route(prefix, programmeRoutes(deps, lang));
    app.route(prefix, eventRoutes(deps, lang));
    app.route(prefix, themeRoutes(deps, lang));
    app.route(prefix, articleRoutes(deps, lang));
    app.route(prefix, accountRoutes(deps, lang));
    app.route(prefix, followingRoutes(deps, lang));
    app.route(prefix, alertRoutes(deps, lang));
    app.route(prefix, backofficeRoutes(deps, lang));
    app.route(prefix, subscriptionRoutes(deps, lang));
    app.route(prefix, mergeRoutes(deps, lang));
    app.route(prefix, labelRoutes(deps, lang));
    app.route(prefix, importRoutes(deps, lang));
    app.route(prefix, userRoutes(deps, lang));
  }

  app.notFound((c) => renderError(c, new AppError("not_found"), deps.config.BASE_URL, deps.now()));
  app.onError((error, c) => {
    if (error instanceof AppError) return renderError(c, error, deps.config.BASE_URL, deps.now());
    deps.health.noteError(error);
    deps.log.error({ err: error, reqId: c.get("requestId"), path: c.req.path }, "unhandled error");
    return renderError(c, new AppError("internal"), deps.config.BASE_URL, deps.now());
  });
  return app;
}

export type App = ReturnType<typeof buildApp>;
