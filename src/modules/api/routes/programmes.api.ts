import { createRoute, z } from "@hono/zod-openapi";
import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../errors.js";
import { findProgramme, listProgrammes } from "../../programmes/programme.queries.js";
import { apiRouter } from "../api-router.js";
import { presentProgrammeDetail, presentProgrammeSummary } from "../catalogue.presenter.js";
import { ProgrammeDetail, ProgrammeSummary, pageSchema } from "../catalogue.schemas.js";
import { setLastModified } from "../conditional.js";
import { pageBody, setPaginationHeaders } from "../pagination.js";
import { pageOf, pageParams, slugParam } from "../query-params.js";
import { jsonResponses } from "../responses.js";

export function programmesApi(deps: AppDeps) {
  const api = apiRouter();
  const baseUrl = deps.config.BASE_URL;

  api.openapi(
    createRoute({
      method: "get",
      path: "/programmes",
      operationId: "listProgrammes",
      tags: ["programmes"],
      summary: "List programmes",
      description: "Complete programmes first, then those known only by name; by name within each.",
      request: { query: z.object(pageParams).strict() },
      responses: jsonResponses(pageSchema(ProgrammeSummary, "ProgrammePage"), "A page of programmes."),
    }),
    async (c) => {
      const { page, size } = c.req.valid("query");
      const all = await listProgrammes(deps.db.kysely, deps.now());
      const result = pageOf(all, page, size);
      setPaginationHeaders(c, baseUrl, result);
      return c.json(pageBody({ ...result, items: result.items.map((p) => presentProgrammeSummary(p, baseUrl)) }), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/programmes/{slug}",
      operationId: "getProgramme",
      tags: ["programmes"],
      summary: "One programme",
      request: { params: slugParam },
      responses: jsonResponses(ProgrammeDetail, "The programme with its good-to-know facts, legislation, budget and contacts.", {
        notFound: true,
      }),
    }),
    async (c) => {
      const programme = await findProgramme(deps.db.kysely, c.req.valid("param").slug, deps.now());
      if (!programme) throw new AppError("programme_not_found");
      // A shared contact changes on its own: the answer is as new as the newest of them.
      setLastModified(c, [programme.row.updatedAt, ...programme.contacts.map((contact) => contact.updatedAt)]);
      return c.json(presentProgrammeDetail(programme, baseUrl), 200);
    },
  );

  return api;
}
