import { createRoute, z } from "@hono/zod-openapi";
import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../errors.js";
import { findBeneficiaryType, findTheme, listBeneficiaryTypes, listThemes } from "../../themes/theme.queries.js";
import { apiRouter } from "../api-router.js";
import { BENEFICIARY_TYPE, presentTaxonomy, presentThemeDetail, THEME } from "../catalogue.presenter.js";
import { pageSchema, Taxonomy, ThemeDetail } from "../catalogue.schemas.js";
import { pageBody, setPaginationHeaders } from "../pagination.js";
import { pageOf, pageParams, slugParam } from "../query-params.js";
import { jsonResponses } from "../responses.js";

const listQuery = z.object(pageParams).strict();
const TaxonomyPage = pageSchema(Taxonomy, "TaxonomyPage");

/** Themes and beneficiary types: the two taxonomies calls and programmes are filed under. */
export function taxonomiesApi(deps: AppDeps) {
  const api = apiRouter();
  const baseUrl = deps.config.BASE_URL;
  const db = deps.db.kysely;

  api.openapi(
    createRoute({
      method: "get",
      path: "/themes",
      operationId: "listThemes",
      tags: ["themes"],
      summary: "List themes",
      request: { query: listQuery },
      responses: jsonResponses(TaxonomyPage, "A page of themes."),
    }),
    async (c) => {
      const { page, size } = c.req.valid("query");
      const result = pageOf(await listThemes(db), page, size);
      setPaginationHeaders(c, baseUrl, result);
      return c.json(pageBody({ ...result, items: result.items.map((t) => presentTaxonomy(t, THEME, baseUrl)) }), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/themes/{slug}",
      operationId: "getTheme",
      tags: ["themes"],
      summary: "One theme, with the guide's contact person for it",
      request: { params: slugParam },
      responses: jsonResponses(ThemeDetail, "The theme.", { notFound: true }),
    }),
    async (c) => {
      const theme = await findTheme(db, c.req.valid("param").slug);
      if (!theme) throw new AppError("theme_not_found");
      return c.json(presentThemeDetail(theme, baseUrl), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/beneficiary-types",
      operationId: "listBeneficiaryTypes",
      tags: ["beneficiary types"],
      summary: "List beneficiary types",
      request: { query: listQuery },
      responses: jsonResponses(TaxonomyPage, "A page of beneficiary types."),
    }),
    async (c) => {
      const { page, size } = c.req.valid("query");
      const result = pageOf(await listBeneficiaryTypes(db), page, size);
      setPaginationHeaders(c, baseUrl, result);
      return c.json(pageBody({ ...result, items: result.items.map((t) => presentTaxonomy(t, BENEFICIARY_TYPE, baseUrl)) }), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/beneficiary-types/{slug}",
      operationId: "getBeneficiaryType",
      tags: ["beneficiary types"],
      summary: "One beneficiary type",
      request: { params: slugParam },
      responses: jsonResponses(Taxonomy, "The beneficiary type.", { notFound: true }),
    }),
    async (c) => {
      const type = await findBeneficiaryType(db, c.req.valid("param").slug);
      if (!type) throw new AppError("beneficiary_type_not_found");
      return c.json(presentTaxonomy(type, BENEFICIARY_TYPE, baseUrl), 200);
    },
  );

  return api;
}
