import { type Kysely, sql } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import { type FormValues, list, text } from "./form-values.js";
import { matches } from "./record-list.js";

export interface CallChoice {
  value: string;
  label: string;
}

/** The calls a form names (`calls[]`), and those a search on code or title found to add. */
export interface CallChoices {
  chosen: CallChoice[];
  found: CallChoice[];
  /** What was searched for, if anything: "nothing found" needs it. */
  searched: string;
}

export const NO_CALLS: CallChoices = { chosen: [], found: [], searched: "" };

/** The field a calls picker's search is typed in; it is never saved. */
export const CALL_SEARCH = "callSearch";
/** Where calls can be named by their addresses, typed, beside the ticked ones. */
export const CALLS_TYPED = "callsTyped";
const FOUND_LIMIT = 20;

const choice = (call: { slug: string; code: string | null; title: string }): CallChoice => ({
  value: call.slug,
  label: call.code ? `${call.code}: ${call.title}` : call.title,
});

export async function callChoices(db: Kysely<Database>, values: FormValues): Promise<CallChoices> {
  const slugs = list(values, "calls");
  const searched = text(values, CALL_SEARCH).trim().slice(0, 200);
  const [named, found] = await Promise.all([
    slugs.length
      ? db.selectFrom("calls").select(["slug", "code", "title"]).where("slug", "in", slugs).execute()
      : Promise.resolve([]),
    searched
      ? db
          .selectFrom("calls")
          .select(["slug", "code", "title"])
          .where(matches(["calls.code", "calls.title", "calls.slug"], searched))
          // Soonest to close last, calls without a deadline after them, alike on both databases.
          .orderBy(sql`coalesce(${sql.ref("calls.closesAt")}, '')`, "desc")
          .orderBy("calls.id", "desc")
          .limit(FOUND_LIMIT + slugs.length)
          .execute()
      : Promise.resolve([]),
  ]);
  const bySlug = new Map(named.map((call) => [call.slug, call]));
  return {
    // In the form's order; an address nobody has stays, so the save can refuse it by name.
    chosen: slugs.map((slug) => {
      const call = bySlug.get(slug);
      return call ? choice(call) : { value: slug, label: slug };
    }),
    found: found
      .filter((call) => !slugs.includes(call.slug))
      .slice(0, FOUND_LIMIT)
      .map(choice),
    searched,
  };
}
