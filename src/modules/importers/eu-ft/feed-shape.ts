import { asArray, asNumber, asRecord, asString, type PortalTopic } from "./portal-topic.js";

/** "50129698TOPICSen" → the record without its language, and the language. */
export function splitReference(reference: string | null): { base: string | null; language: string | null } {
  const match = reference ? /^(.*?)([a-z]{2})$/i.exec(reference) : null;
  return match ? { base: match[1] ?? null, language: (match[2] ?? "").toLowerCase() } : { base: reference, language: null };
}

/**
 * Cascade-funding calls (open calls run by EU-funded projects) carry their parent
 * topic's identifier, so their own portal number keeps them apart.
 */
export function topicIdentity(identifier: string | null, kindId: string | null, reference: string | null): string | null {
  if (kindId !== "8" || !identifier) return identifier;
  const number = /^\d+/.exec(reference ?? "")?.[0];
  return number ? `${identifier}/${number}` : identifier;
}

/** The normalised feed: `grants[]` with plain fields. */
export function readFeed(grants: unknown[], file: string): PortalTopic[] {
  return grants.map((raw, index) => {
    const g = asRecord(raw);
    const kind = asRecord(g.kind);
    const kindId = asString(kind.id);
    const reference = splitReference(asString(g.id));
    const identifier = asString(g.identifier)?.trim() ?? null;
    const programme = asRecord(asArray(g.frameworkProgrammes)[0]);
    const budget = g.budget ? asRecord(g.budget) : null;
    return {
      origin: `${file}#grants[${index}]${identifier ? ` ${identifier}` : ""}`,
      externalId: topicIdentity(identifier, kindId, reference.base),
      code: identifier,
      isTender: kindId === "0" || /tender/i.test(asString(kind.label) ?? ""),
      language: reference.language ?? "en",
      title: asString(g.title),
      summary: asString(g.summary),
      description: asString(g.abstract),
      url: asString(g.url),
      callIdentifier: asString(g.callIdentifier),
      callTitle: asString(g.callTitle),
      opensAt: g.startDate ?? g.plannedOpeningDate,
      deadlines: Array.isArray(g.deadlineDate) ? g.deadlineDate : [g.deadlineDate].filter(Boolean),
      twoStage: /two-stage/i.test(`${asString(g.deadlineModel) ?? ""} ${identifier ?? ""}`),
      frameworkProgramme: asString(programme.id) ? { id: String(programme.id), label: asString(programme.label) } : null,
      divisions: asArray(g.programmeDivisions).map((d) => ({ id: asString(asRecord(d).id), label: asString(asRecord(d).label) })),
      destination: asString(g.destination),
      keywords: [],
      actionType: asString(g.actionType),
      budget: budget && {
        totalEur: asNumber(budget.totalBudgetEur),
        expectedGrants: asNumber(budget.expectedGrants),
        minContributionEur: asNumber(budget.minContributionEur),
        maxContributionEur: asNumber(budget.maxContributionEur),
      },
    };
  });
}
