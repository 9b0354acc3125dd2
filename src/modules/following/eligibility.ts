import type { Tristate } from "../../platform/db/schema.js";

/** What the panel and "Oproepen voor jou" need to know of a call to judge who may apply. */
export interface CallEligibilityFacts {
  /** Beneficiary types named by the call itself, or only inherited from its programme. */
  beneficiaryTypes: { slug: string; nameNl: string; nameEn: string }[];
  beneficiaryTypesInherited: boolean;
  partnersNeeded: Tristate | null;
  partnersNote: string | null;
  shares: { source: string; bound: "max" | "min"; percent: number }[];
  cofinancingNote: string | null;
}

export interface ProfileType {
  slug: string;
  nameNl: string;
  nameEn: string;
}

export type EligibilityOutcome = "eligible" | "not_eligible" | "unknown";

/**
 * How sure the verdict is: "listed" when the call names the types itself, "inherited" when
 * they only come from its programme (the call may well be narrower, so "waarschijnlijk").
 */
export type EligibilityBasis = "listed" | "inherited" | "none";

export type OwnShare =
  | { kind: "min"; percent: number }
  | { kind: "rest"; percent: number }
  | { kind: "note"; text: string }
  | { kind: "unknown" };

export interface Eligibility {
  outcome: EligibilityOutcome;
  basis: EligibilityBasis;
  /** Why unknown: no profile type yet, or the call and its programme say nothing. */
  missing: "profile" | "call" | null;
  type: ProfileType | null;
  partners: { needed: Tristate | null; note: string | null };
  ownShare: OwnShare;
}

export function judgeEligibility(facts: CallEligibilityFacts, type: ProfileType | null): Eligibility {
  const basis: EligibilityBasis =
    facts.beneficiaryTypes.length === 0 ? "none" : facts.beneficiaryTypesInherited ? "inherited" : "listed";
  const common = {
    basis,
    type,
    partners: { needed: facts.partnersNeeded, note: facts.partnersNote },
    ownShare: ownShareOf(facts),
  };
  if (!type) return { ...common, outcome: "unknown", missing: "profile" };
  if (basis === "none") return { ...common, outcome: "unknown", missing: "call" };
  const listed = facts.beneficiaryTypes.some((t) => t.slug === type.slug);
  return { ...common, outcome: listed ? "eligible" : "not_eligible", missing: null };
}

const OWN_SOURCE = /\b(eigen|own|zelf|self)/i;

/**
 * The share an applicant pays: a minimum the call names as own funds, else what the maximum
 * shares of the funders leave over; a note when only text is known; unknown otherwise.
 */
function ownShareOf(facts: CallEligibilityFacts): OwnShare {
  const own = facts.shares.find((s) => s.bound === "min" && OWN_SOURCE.test(s.source));
  if (own) return { kind: "min", percent: own.percent };
  const funders = facts.shares.filter((s) => s.bound === "max" && !OWN_SOURCE.test(s.source));
  if (funders.length > 0 && funders.length === facts.shares.length) {
    const covered = funders.reduce((sum, s) => sum + s.percent, 0);
    if (covered < 100) return { kind: "rest", percent: Math.round((100 - covered) * 100) / 100 };
  }
  if (facts.cofinancingNote?.trim()) return { kind: "note", text: facts.cofinancingNote.trim() };
  return { kind: "unknown" };
}
