import type { CallDetail } from "../calls/call.queries.js";
import type { CallEligibilityFacts } from "./eligibility.js";

export interface CallMatchFacts extends CallEligibilityFacts {
  themes: { slug: string; nameNl: string; nameEn: string }[];
}

/** What the eligibility rules and "Oproepen voor jou" read of a call, as the call reader loads it. */
export function factsOfCall(call: CallDetail): CallMatchFacts {
  return {
    beneficiaryTypes: call.beneficiaryTypes,
    beneficiaryTypesInherited: call.beneficiaryTypesInherited,
    partnersNeeded: call.facts.partners.needed,
    partnersNote: call.partnersNote,
    shares: call.shares,
    cofinancingNote: call.row.cofinancingNote,
    themes: call.themes,
  };
}
