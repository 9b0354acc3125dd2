import type { Row } from "../../platform/db/schema.js";
import type { Deadline, Named } from "./call.queries.js";
import type { CallStatus } from "./call-status.js";

/**
 * What a project officer decides on, for the box at the top of a call page and the lines
 * on its result card. null is unknown: the views say "onbekend", never hide it or show 0.
 */
export interface CallFacts {
  status: CallStatus;
  opensOn: string | null;
  nextDeadline: Deadline | null;
  /** The last deadline when every deadline has passed. */
  lastDeadline: Deadline | null;
  deadlineModel: DeadlineModel | null;
  budgetAmountEur: number | null;
  expectedGrants: number | null;
  minContributionEur: number | null;
  maxContributionEur: number | null;
  cofinancing: { shares: { source: string; bound: "max" | "min"; percent: number }[]; note: string | null };
  partnersNeeded: Row<"calls">["partnersNeeded"];
  /** Types the call names itself, and types it only takes over from its programme. */
  beneficiaries: { own: Named[]; inherited: Named[] };
  /** The programme's period, when the call is closed only because that period has ended. */
  endedPeriod: string | null;
}

export type DeadlineModel = "single" | "multi" | "rolling";

export type FactsRow = Pick<
  Row<"calls">,
  | "isRolling"
  | "opensOn"
  | "budgetAmountEur"
  | "expectedGrants"
  | "minContributionEur"
  | "maxContributionEur"
  | "cofinancingNote"
  | "partnersNeeded"
  | "ownBeneficiaries"
>;

export interface FactsParts {
  status: CallStatus;
  deadlines: Deadline[];
  shares: CallFacts["cofinancing"]["shares"];
  /** The call's own types when it names them, otherwise its programme's. */
  beneficiaryTypes: Named[];
  programmePeriod: string | null;
}

export function callFacts(row: FactsRow, parts: FactsParts, now: Date): CallFacts {
  const at = now.toISOString();
  const sorted = [...parts.deadlines].sort((a, b) => a.at.localeCompare(b.at));
  const ahead = sorted.find((d) => d.at >= at) ?? null;
  const own = row.ownBeneficiaries === 1;
  return {
    status: parts.status,
    opensOn: row.opensOn,
    nextDeadline: ahead,
    lastDeadline: ahead ? null : (sorted.at(-1) ?? null),
    deadlineModel: row.isRolling ? "rolling" : sorted.length > 1 ? "multi" : sorted.length === 1 ? "single" : null,
    budgetAmountEur: row.budgetAmountEur,
    expectedGrants: row.expectedGrants,
    minContributionEur: row.minContributionEur,
    maxContributionEur: row.maxContributionEur,
    cofinancing: { shares: parts.shares, note: row.cofinancingNote },
    partnersNeeded: row.partnersNeeded,
    beneficiaries: own ? { own: parts.beneficiaryTypes, inherited: [] } : { own: [], inherited: parts.beneficiaryTypes },
    endedPeriod: parts.status === "closed" && sorted.length === 0 ? parts.programmePeriod : null,
  };
}
