import { z } from "@hono/zod-openapi";
import type { AppDeps } from "../../app-deps.js";
import type { CallDetail } from "../calls/call.queries.js";
import { readCalls } from "../calls/call-reader.js";
import { DEADLINE_WINDOWS, PARTNER_OPTIONS, SORTS, STATUSES } from "../search/search.types.js";
import { type Page, pageParams, repeatable } from "./query-params.js";

/**
 * The one seam between open data (API, feeds, CSV, ICS) and the search over calls: the
 * site's search engine, with the site's URL parameter names, so any search URL of the
 * calls overview works here too. Unlike the site, a wrong value is a 400, not ignored.
 */
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(160);

export const callSearchParams = z
  .object({
    q: z.string().max(1000).optional().openapi({
      description: 'Words (Dutch or English), "phrases", -excluded, OR; a call code finds that call first.',
      example: "beroepsopleiding",
    }),
    theme: repeatable(slug, "Theme slug (own or inherited from the programme). Repeat for several."),
    beneficiary: repeatable(slug, "Beneficiary type slug (own or inherited). Repeat for several."),
    programme: repeatable(slug, "Programme slug. Repeat for several."),
    status: repeatable(z.enum(STATUSES), "Derived status. Repeat for several."),
    deadline: repeatable(z.enum(DEADLINE_WINDOWS), "Next deadline within 30 days, 90 days, this year, or later."),
    partners: repeatable(z.enum(PARTNER_OPTIONS), "European partners needed."),
    projectType: repeatable(z.string().trim().min(1).max(200), "Project type, as the facet lists it."),
    lang: repeatable(z.enum(["nl", "en"]), "Language the call is written in."),
    translate: z.enum(["yes", "no"]).optional().openapi({
      description:
        "yes (default): also search synonyms and the Dutch or English translations of the words, which weigh less; no: only the words as typed.",
    }),
    sort: z
      .enum(SORTS)
      .optional()
      .openapi({ description: "relevance (default with q), deadline (default without q: nearest upcoming first) or newest." }),
    ...pageParams,
  })
  .strict();

export type CallSearch = z.infer<typeof callSearchParams>;

export async function searchCalls(
  deps: Pick<AppDeps, "db" | "search">,
  params: CallSearch,
  now: Date,
): Promise<Page<CallDetail> & { expansions: string[] }> {
  const result = await deps.search.search(
    {
      q: params.q ?? "",
      types: ["call"],
      themes: params.theme,
      beneficiaryTypes: params.beneficiary,
      programmes: params.programme,
      statuses: params.status,
      deadlineWindows: params.deadline,
      partners: params.partners,
      projectTypes: params.projectType,
      languages: params.lang,
      // Without words to rank by, what is due first matters most (as on the calls overview).
      sort: params.sort ?? (params.q?.trim() ? "relevance" : "deadline"),
      translate: params.translate !== "no",
      page: params.page,
      pageSize: params.size,
    },
    now,
  );
  const calls = await readCalls(
    deps.db.kysely,
    result.hits.map((hit) => hit.id),
    now,
  );
  return { items: calls, total: result.total, page: params.page, size: params.size, expansions: result.expansions };
}
