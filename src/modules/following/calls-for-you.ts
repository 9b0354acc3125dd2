import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import { type CallDetail, type CallSummary, listCalls } from "../calls/call.queries.js";
import { readCalls } from "../calls/call-reader.js";
import { type Eligibility, judgeEligibility } from "./eligibility.js";
import { factsOfCall } from "./eligibility-facts.js";
import type { OrganisationProfile } from "./profile.repository.js";

export interface CallForYou {
  call: CallDetail;
  eligibility: Eligibility;
  /** The profile's themes this call is about. */
  themes: { slug: string; nameNl: string; nameEn: string }[];
  score: number;
}

/** Calls looked at per reason (the profile's type, each of its themes) before ranking. */
const CANDIDATES_PER_REASON = 200;

/**
 * Open calls that fit the profile, best first: a call that names the organisation's type
 * itself, then one that only inherits it from its programme, then one that says nothing of
 * who may apply; each shared theme adds to that. Calls whose listed types leave the
 * organisation out are not shown. Ties go to the nearest deadline.
 */
export async function callsForYou(
  db: Kysely<Database>,
  profile: OrganisationProfile,
  now: Date,
  limit = 20,
): Promise<CallForYou[]> {
  const type = profile.beneficiaryType;
  const typeId = type
    ? (await db.selectFrom("beneficiaryTypes").select("id").where("slug", "=", type.slug).executeTakeFirst())?.id
    : undefined;
  const lists = await Promise.all([
    ...(typeId === undefined
      ? []
      : [listCalls(db, { beneficiaryTypeId: typeId, statuses: ["open"], limit: CANDIDATES_PER_REASON }, now)]),
    ...profile.themes.map((theme) => listCalls(db, { themeId: theme.id, statuses: ["open"], limit: CANDIDATES_PER_REASON }, now)),
  ]);
  const ids = new Set(lists.flatMap(({ calls }) => calls.map((call) => call.id)));
  const profileThemes = new Set(profile.themes.map((t) => t.slug));
  const ranked: CallForYou[] = [];
  for (const call of await readCalls(db, [...ids], now)) {
    const known = factsOfCall(call);
    const eligibility = judgeEligibility(known, type);
    if (eligibility.outcome === "not_eligible") continue;
    const themes = known.themes.filter((t) => profileThemes.has(t.slug));
    const typeScore = eligibility.outcome === "eligible" ? (eligibility.basis === "listed" ? 4 : 2) : 0;
    const score = typeScore + themes.length;
    if (score > 0) ranked.push({ call, eligibility, themes, score });
  }
  return ranked.sort((a, b) => b.score - a.score || deadlineOrder(a.call, b.call)).slice(0, limit);
}

function deadlineOrder(a: CallSummary, b: CallSummary): number {
  const at = (c: CallSummary) => c.nextDeadline?.at ?? "9999";
  return at(a).localeCompare(at(b)) || a.title.localeCompare(b.title);
}
