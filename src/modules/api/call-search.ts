import { z } from "@hono/zod-openapi";
import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import { type CallSummary, listCalls } from "../calls/call.queries.js";
import { CALL_STATUSES } from "../calls/call-status.js";
import { findProgramme } from "../programmes/programme.queries.js";
import { findBeneficiaryType, findTheme } from "../themes/theme.queries.js";
import { type Page, pageParams, repeatable } from "./query-params.js";

/**
 * The one seam between open data (API, feeds, CSV, ICS) and the search over calls.
 * Parameter names are the site's search URL names (theme, beneficiary, programme, status,
 * sort, page, size), so any search URL works here. It runs on listCalls until the search
 * engine lands; switching means changing this file only.
 */
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(160);

export const callSearchParams = z
  .object({
    status: repeatable(
      z.enum(CALL_STATUSES as ["forthcoming", "open", "closed"]),
      "Derived status: forthcoming, open or closed. Repeat for several.",
    ),
    theme: slug
      .optional()
      .openapi({ description: "Theme slug (own or inherited from the programme).", example: "werk-en-sociale-zaken" }),
    beneficiary: slug.optional().openapi({ description: "Beneficiary type slug (own or inherited).", example: "scholen" }),
    programme: slug.optional().openapi({ description: "Programme slug.", example: "erasmus-plus" }),
    sort: z
      .enum(["deadline", "newest"])
      .default("deadline")
      .openapi({ description: "deadline: nearest upcoming deadline first; newest: most recently added first." }),
    ...pageParams,
  })
  .strict();

export type CallSearch = z.infer<typeof callSearchParams>;

export async function searchCalls(db: Kysely<Database>, search: CallSearch, now: Date): Promise<Page<CallSummary>> {
  // An unknown slug filters everything out rather than being silently dropped.
  const nothing = -1;
  const [theme, beneficiary, programme] = await Promise.all([
    search.theme ? findTheme(db, search.theme) : undefined,
    search.beneficiary ? findBeneficiaryType(db, search.beneficiary) : undefined,
    search.programme ? findProgramme(db, search.programme, now) : undefined,
  ]);
  const { total, calls } = await listCalls(
    db,
    {
      statuses: search.status,
      themeId: search.theme ? (theme?.id ?? nothing) : undefined,
      beneficiaryTypeId: search.beneficiary ? (beneficiary?.id ?? nothing) : undefined,
      programmeId: search.programme ? (programme?.row.id ?? nothing) : undefined,
      order: search.sort,
      limit: search.size,
      offset: (search.page - 1) * search.size,
    },
    now,
  );
  return { items: calls, total, page: search.page, size: search.size };
}
