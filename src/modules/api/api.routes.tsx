import { Hono } from "hono";
import { cors } from "hono/cors";
import { etag } from "hono/etag";
import type { AppDeps } from "../../app-deps.js";
import { AppError } from "../../errors.js";
import { pageContext } from "../../platform/http/site-context.js";
import { LANGS } from "../../platform/i18n/translate.js";
import { version } from "../../version.js";
import { apiRouter } from "./api-router.js";
import { problem } from "./problem.js";
import { apiRateLimit } from "./rate-limit.js";
import { callsApi } from "./routes/calls.api.js";
import { eventsApi } from "./routes/events.api.js";
import { programmesApi } from "./routes/programmes.api.js";
import { taxonomiesApi } from "./routes/taxonomies.api.js";
import { ApiDocsPage } from "./views/api-docs-page.js";

export const API_PREFIX = "/api/v1";

/** Headers a client may read across origins and that a 304 keeps. */
const exposed = [
  "ETag",
  "Last-Modified",
  "Link",
  "X-Total-Count",
  "RateLimit",
  "RateLimit-Policy",
  "Retry-After",
  "Content-Language",
];

/**
 * The open data API under /api/v1 and its docs page in both languages. Load order: CORS,
 * rate limit, conditional GET, then the resources; anything else under /api/v1 is a 404
 * problem, never an HTML page.
 */
export function openDataApiRoutes(deps: AppDeps) {
  const api = apiRouter();
  api.use("*", cors({ origin: "*", allowMethods: ["GET", "HEAD", "OPTIONS"], exposeHeaders: exposed, maxAge: 86_400 }));
  api.use("*", apiRateLimit(deps));
  api.use(
    "*",
    etag({
      retainedHeaders: [
        "cache-control",
        "date",
        "etag",
        "expires",
        "vary",
        "last-modified",
        "access-control-allow-origin",
        "access-control-expose-headers",
        ...exposed.map((h) => h.toLowerCase()),
      ],
    }),
  );
  api.use("*", async (c, next) => {
    await next();
    if (!c.res.headers.has("Cache-Control")) c.header("Cache-Control", "public, max-age=60");
  });

  api.route("/", callsApi(deps));
  api.route("/", programmesApi(deps));
  api.route("/", eventsApi(deps));
  api.route("/", taxonomiesApi(deps));

  const document = () =>
    api.getOpenAPI31Document({
      openapi: "3.1.0",
      info: {
        title: "Subsidiegids open data API",
        version,
        description: "European funding calls, programmes, info sessions, themes and beneficiary types for Flemish organisations.",
        license: { name: "EUPL-1.2", url: "https://interoperable-europe.ec.europa.eu/collection/eupl" },
      },
      servers: [{ url: `${deps.config.BASE_URL}${API_PREFIX}` }],
      // Said outright: every operation is public, no key or token is asked.
      security: [],
    });
  api.get("/openapi.json", (c) => c.json(document()));
  api.all("*", (c) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return problem(c, new AppError("not_found"));
    c.header("Allow", "GET, HEAD, OPTIONS");
    return problem(c, new AppError("method_not_allowed"));
  });
  api.onError((error, c) => {
    if (error instanceof AppError) return problem(c, error);
    deps.health.noteError(error);
    deps.log.error({ err: error, path: c.req.path }, "unhandled API error");
    return problem(c, new AppError("internal"));
  });

  const app = new Hono();
  for (const lang of LANGS) {
    app.get(`${lang === "nl" ? "" : `/${lang}`}${API_PREFIX}/docs`, (c) =>
      c.html(<ApiDocsPage page={pageContext(c, lang, deps.config.BASE_URL, deps.now())} document={document()} />),
    );
  }
  app.route(API_PREFIX, api);
  return app;
}
