import slugify from "@sindresorhus/slugify";
import { type CallInput, callInput } from "../../calls/call.input.js";
import { type CellProblem, parseAmount, parseDeadlines, parseFlag, parsePartners, splitList } from "./cell-lists.js";

export const CSV_SOURCE = "csv";

/** The columns of the editors' template, documented in docs/import-csv.md. */
export const TEMPLATE_COLUMNS = [
  "code",
  "title",
  "programme",
  "opens_on",
  "deadlines",
  "rolling",
  "themes",
  "beneficiary_types",
  "introduction",
  "objectives",
  "project_type",
  "partners_needed",
  "budget_eur",
  "expected_grants",
  "url",
  "language",
  "slug",
  "external_id",
] as const;

type Row = Record<string, string | undefined>;

/** One template row as a call, or the reasons it cannot be one. */
export function templateRowToCall(row: Row): { ok: true; call: CallInput } | { ok: false; reason: string } {
  const cell = (name: (typeof TEMPLATE_COLUMNS)[number]) => (row[name] ?? "").trim();
  const problems: string[] = [];
  const read = <T>(column: string, value: T | CellProblem): T | null => {
    if (value !== null && typeof value === "object" && "problem" in value) {
      problems.push(`${column}: ${value.problem}`);
      return null;
    }
    return value;
  };
  const deadlines = read("deadlines", parseDeadlines(cell("deadlines")));
  const rolling = read("rolling", parseFlag(cell("rolling")));
  const partnersNeeded = read("partners_needed", parsePartners(cell("partners_needed")));
  const budget = read("budget_eur", parseAmount(cell("budget_eur")));
  const expectedGrants = read("expected_grants", parseAmount(cell("expected_grants")));
  if (problems.length) return { ok: false, reason: problems.join("; ") };

  const code = cell("code") || null;
  const slug = cell("slug") || slugify(code ?? cell("title"), { decamelize: false }).slice(0, 160);
  const themes = splitList(cell("themes"));
  const beneficiaryTypes = splitList(cell("beneficiary_types"));
  const url = cell("url") || null;
  const parsed = callInput.safeParse({
    slug,
    title: cell("title"),
    code,
    programme: cell("programme") || null,
    opensOn: cell("opens_on") || null,
    isRolling: rolling ?? false,
    deadlines: deadlines ?? [],
    introduction: cell("introduction") || null,
    objectives: cell("objectives") || null,
    projectType: cell("project_type") || null,
    partnersNeeded,
    budgetAmountEur: budget,
    expectedGrants,
    url,
    language: cell("language") || "nl",
    themes: themes.length ? themes : null,
    beneficiaryTypes: beneficiaryTypes.length ? beneficiaryTypes : null,
    source: CSV_SOURCE,
    externalId: cell("external_id") || code || slug,
  });
  if (!parsed.success) {
    return { ok: false, reason: parsed.error.issues.map((i) => `${columnOf(i.path)}: ${i.message}`).join("; ") };
  }
  return { ok: true, call: parsed.data };
}

const columnNames: Record<string, string> = {
  opensOn: "opens_on",
  deadlines: "deadlines",
  beneficiaryTypes: "beneficiary_types",
  projectType: "project_type",
  expectedGrants: "expected_grants",
  externalId: "external_id",
};

function columnOf(path: PropertyKey[]): string {
  const [field, ...rest] = path.map(String);
  return [columnNames[field ?? ""] ?? field, ...rest].join(".");
}
