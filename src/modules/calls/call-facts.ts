import type { Row, Tristate } from "../../platform/db/schema.js";
import type { Deadline, Named } from "./call.queries.js";
import { type CallStatus, callStatus } from "./call-status.js";

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
  /** The call's own rule on European partners, or its programme's when it sets none. */
  partners: { needed: Tristate | null; inherited: boolean };
  /** Types the call names itself, and types it only takes over from its programme. */
  beneficiaries: { own: Named[]; inherited: Named[] };
  /** The programme's period, when the call is closed only because that period has ended. */
  endedPeriod: string | null;
}

export type DeadlineModel = "single" | "multi" | "rolling";

/** The columns of a call, and the rules of its programme, that its facts are made of. */
export type FactsRow = Pick<
  Row<"calls">,
  | "id"
  | "programmeId"
  | "isRolling"
  | "opensOn"
  | "closesAt"
  | "budgetAmountEur"
  | "expectedGrants"
  | "minContributionEur"
  | "maxContributionEur"
  | "cofinancingNote"
  | "partnersNeeded"
  | "ownThemes"
  | "ownBeneficiaries"
> & { programmePeriod: string | null; programmePartnersNeeded: Tristate | null };

export interface FactsParts {
  deadlines: Deadline[];
  shares: CallFacts["cofinancing"]["shares"];
  /** The call's own types when it names them, otherwise its programme's. */
  beneficiaryTypes: Named[];
}

/** Whether a call takes its themes or beneficiary types over from its programme: it names none of its own. */
export function inherits(
  row: Pick<FactsRow, "programmeId" | "ownThemes" | "ownBeneficiaries">,
  list: "themes" | "beneficiaries",
) {
  return row.programmeId !== null && (list === "themes" ? row.ownThemes : row.ownBeneficiaries) === 0;
}

export function callFacts(row: FactsRow, parts: FactsParts, now: Date): CallFacts {
  const at = now.toISOString();
  const sorted = [...parts.deadlines].sort((a, b) => a.at.localeCompare(b.at));
  const ahead = sorted.find((d) => d.at >= at) ?? null;
  const status = callStatus(row, now);
  return {
    status,
    opensOn: row.opensOn,
    nextDeadline: ahead,
    lastDeadline: ahead ? null : (sorted.at(-1) ?? null),
    deadlineModel: row.isRolling ? "rolling" : sorted.length > 1 ? "multi" : sorted.length === 1 ? "single" : null,
    budgetAmountEur: row.budgetAmountEur,
    expectedGrants: row.expectedGrants,
    minContributionEur: row.minContributionEur,
    maxContributionEur: row.maxContributionEur,
    cofinancing: { shares: parts.shares, note: row.cofinancingNote },
    partners: {
      needed: row.partnersNeeded ?? row.programmePartnersNeeded,
      inherited: row.partnersNeeded === null && row.programmePartnersNeeded !== null,
    },
    beneficiaries: inherits(row, "beneficiaries")
      ? { own: [], inherited: parts.beneficiaryTypes }
      : { own: parts.beneficiaryTypes, inherited: [] },
    endedPeriod: status === "closed" && sorted.length === 0 ? row.programmePeriod : null,
  };
}
