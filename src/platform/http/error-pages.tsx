import type { Context } from "hono";
import type { AppError } from "../../errors.js";
import type { Lang } from "../i18n/translate.js";
import { Layout } from "../views/layout.js";
import type { PageContext } from "../views/page-context.js";
import { pageContext } from "./site-context.js";

export function languageOf(path: string): Lang {
  return path === "/en" || path.startsWith("/en/") ? "en" : "nl";
}

/** Errors never show a stack trace: a page in the visitor's language, or problem+json for the API. */
export function renderError(c: Context, error: AppError, baseUrl: string, now: Date) {
  const page = pageContext(c, languageOf(c.req.path), baseUrl, now);
  const status = error.status as 400 | 403 | 404 | 405 | 409 | 422 | 429 | 500 | 503;
  if (error.status === 404) return c.html(<NotFoundPage page={page} message={error.messageIn(page.lang)} />, 404);
  return c.html(
    <Layout page={page} title={page.t("error.title")}>
      <h1>{page.t("error.title")}</h1>
      <p>{error.messageIn(page.lang)}</p>
      {error.status >= 500 && c.get("requestId") ? <p>{page.t("error.reference", { id: c.get("requestId") })}</p> : null}
      <p>
        <a href={page.paths.home}>{page.t("notFound.home")}</a>
      </p>
    </Layout>,
    status,
  );
}

function NotFoundPage({ page, message }: { page: PageContext; message: string }) {
  const { t, paths } = page;
  const guess = safeDecode(page.url.split("?")[0] ?? "")
    .split("/")
    .filter(Boolean)
    .pop()
    ?.replace(/[-_]+/g, " ")
    .slice(0, 80);
  return (
    <Layout page={page} title={t("notFound.title")}>
      <h1>{t("notFound.title")}</h1>
      <p>{message}</p>
      <p>{t("notFound.body")}</p>
      <form role="search" action={paths.search()} method="get" class="inline-search">
        <label for="notfound-q">{t("notFound.search")}</label>
        <input id="notfound-q" name="q" type="search" value={guess ?? ""} />
        <button type="submit">{t("search.submit")}</button>
      </form>
      <ul class="plain-list">
        <li>
          <a href={paths.home}>{t("notFound.home")}</a>
        </li>
        <li>
          <a href={paths.section("calls")}>{t("nav.calls")}</a>
        </li>
        <li>
          <a href={paths.section("programmes")}>{t("nav.programmes")}</a>
        </li>
      </ul>
    </Layout>
  );
}

/** A visitor's malformed URL (%ZZ) must not turn a 404 into a 500. */
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
