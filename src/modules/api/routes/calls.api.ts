import { createRoute, z } from "@hono/zod-openapi";
import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../errors.js";
import { findCall } from "../../calls/call-reader.js";
import { apiRouter } from "../api-router.js";
import { presentCallDetail, presentCallSummary } from "../call.presenter.js";
import { CallDetail, CallSummary } from "../call.schemas.js";
import { callSearchParams, searchCalls } from "../call-search.js";
import { pageSchema } from "../catalogue.schemas.js";
import { setLastModified } from "../conditional.js";
import { pageBody, setPaginationHeaders } from "../pagination.js";
import { slugParam } from "../query-params.js";
import { jsonResponses, pageHeaders } from "../responses.js";

const listResponses = jsonResponses(
  pageSchema(CallSummary, "CallPage", {
    expansions: z.array(z.string()).openapi({
      description: 'Synonyms and translations also searched for, e.g. "rare diseases" for "zeldzame ziekten".',
    }),
  }),
  "A page of calls.",
);

export function callsApi(deps: AppDeps) {
  const api = apiRouter();
  const baseUrl = deps.config.BASE_URL;

  api.openapi(
    createRoute({
      method: "get",
      path: "/calls",
      operationId: "searchCalls",
      tags: ["calls"],
      summary: "Search calls",
      description:
        "The same parameters as the site's search URLs. Without q sorted by nearest upcoming deadline, with q by relevance, unless sort says otherwise; by relevance or deadline, open and forthcoming calls come before closed ones.",
      request: { query: callSearchParams },
      responses: { ...listResponses, 200: { ...listResponses[200], headers: { ...listResponses[200].headers, ...pageHeaders } } },
    }),
    async (c) => {
      const page = await searchCalls(deps, c.req.valid("query"), deps.now());
      setPaginationHeaders(c, baseUrl, page);
      setLastModified(
        c,
        page.items.map((call) => call.updatedAt),
      );
      const items = page.items.map((call) => presentCallSummary(call, baseUrl));
      return c.json({ ...pageBody({ ...page, items }), expansions: page.expansions }, 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/calls/{slug}",
      operationId: "getCall",
      tags: ["calls"],
      summary: "One call",
      request: { params: slugParam },
      responses: jsonResponses(CallDetail, "The call with its deadlines, funding, themes and contacts.", { notFound: true }),
    }),
    async (c) => {
      const call = await findCall(deps.db.kysely, c.req.valid("param").slug, deps.now());
      if (!call) throw new AppError("call_not_found");
      // A shared contact changes on its own: the answer is as new as the newest of them.
      setLastModified(c, [call.updatedAt, ...call.contacts.map((contact) => contact.updatedAt)]);
      return c.json(presentCallDetail(call, baseUrl), 200);
    },
  );

  return api;
}
