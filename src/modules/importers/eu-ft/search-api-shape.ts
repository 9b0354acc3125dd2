import { splitReference, topicIdentity } from "./feed-shape.js";
import { frameworkProgrammeLabel } from "./portal-programme.js";
import { asArray, asNumber, asRecord, asString, type PortalBudget, type ShapeReading } from "./portal-topic.js";

/**
 * The raw search-API envelope: `results[]` whose `metadata` values are all arrays of
 * strings, with `actions` and `budgetOverview` as JSON inside those strings.
 */
export function readSearchApi(results: unknown[], file: string): ShapeReading {
  const reading: ShapeReading = { topics: [], warnings: [] };
  for (const [index, raw] of results.entries()) {
    const result = asRecord(raw);
    const meta = asRecord(result.metadata);
    const all = (key: string) => asArray(meta[key]).flatMap((v) => asString(v) ?? []);
    const first = (key: string) => all(key)[0] ?? null;
    const identifier = first("identifier")?.trim() ?? null;
    const origin = `${file}#results[${index}]${identifier ? ` ${identifier}` : ""}`;
    const type = first("type");
    const reference = splitReference(asString(result.reference) ?? first("REFERENCE"));
    const action = asRecord(asArray(parseEmbedded(first("actions")))[0]);
    const programmeId = first("frameworkProgramme");
    const budgetText = first("budgetOverview");
    const budget = budgetText ? budgetFor(identifier, parseEmbedded(budgetText)) : null;
    if (budgetText && budget === undefined) {
      reading.warnings.push({ origin, reason: "the budget overview is not readable JSON (cut off?); budget left unknown" });
    }
    reading.topics.push({
      origin,
      externalId: topicIdentity(identifier, type, reference.base),
      code: identifier,
      isTender: type === "0",
      language: asString(result.language) ?? first("language") ?? reference.language ?? "en",
      title: first("title") ?? asString(result.summary),
      summary: asString(result.summary),
      description: first("descriptionByte") ?? first("description"),
      url: first("url") ?? asString(result.url),
      callIdentifier: first("callIdentifier"),
      callTitle: first("callTitle"),
      opensAt: first("startDate") ?? action.plannedOpeningDate,
      deadlines: all("deadlineDate"),
      twoStage: /two-stage/i.test(
        `${first("deadlineModel") ?? ""} ${asString(asRecord(action.submissionProcedure).abbreviation) ?? ""}`,
      ),
      frameworkProgramme: programmeId ? { id: programmeId, label: frameworkProgrammeLabel(programmeId) } : null,
      divisions: all("programmeDivision").map((id) => ({ id, label: null })),
      destination: first("destinationDescription"),
      keywords: [...all("keywords"), ...all("tags")],
      actionType: first("typesOfAction"),
      budget: budget ?? null,
    });
  }
  return reading;
}

/** undefined: the embedded JSON is broken. */
function parseEmbedded(text: string | null): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The overview lists every topic of the call; this topic's actions start with its
 * identifier ("HORIZON-CL3-2026-02-CS-ECCC-01 - HORIZON-RIA ...").
 */
function budgetFor(identifier: string | null, overview: unknown): PortalBudget | null | undefined {
  if (overview === undefined) return undefined;
  const actions = Object.values(asRecord(asRecord(overview).budgetTopicActionMap))
    .flatMap(asArray)
    .map(asRecord)
    .filter((a) => identifier !== null && asString(a.action)?.startsWith(`${identifier} - `));
  if (actions.length === 0) return null;
  const sum = (values: (number | null)[]) =>
    values.some((v) => v !== null) ? values.reduce<number>((t, v) => t + (v ?? 0), 0) : null;
  return {
    totalEur: sum(actions.flatMap((a) => Object.values(asRecord(a.budgetYearMap)).map(asNumber))),
    expectedGrants: sum(actions.map((a) => asNumber(a.expectedGrants))),
    minContributionEur: asNumber(actions[0]?.minContribution),
    maxContributionEur: asNumber(actions[0]?.maxContribution),
  };
}
