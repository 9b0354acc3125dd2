/**
 * One topic as the three portal shapes all describe it, before it becomes a call. Each
 * shape reader fills this in; everything after that is shared.
 */
export interface PortalTopic {
  /** Where the record is in the file, for messages: "feed.json#grants[17]". */
  origin: string;
  /** The portal's identity of the record, language copies share it. */
  externalId: string | null;
  code: string | null;
  isTender: boolean;
  language: string;
  title: string | null;
  summary: string | null;
  /** HTML or plain text with entities. */
  description: string | null;
  url: string | null;
  callIdentifier: string | null;
  callTitle: string | null;
  /** ISO string or epoch milliseconds. */
  opensAt: unknown;
  deadlines: unknown[];
  twoStage: boolean;
  frameworkProgramme: { id: string; label: string | null } | null;
  divisions: { id: string | null; label: string | null }[];
  destination: string | null;
  keywords: string[];
  actionType: string | null;
  budget: PortalBudget | null;
}

export interface PortalBudget {
  totalEur: number | null;
  expectedGrants: number | null;
  minContributionEur: number | null;
  maxContributionEur: number | null;
}

/** What a shape reader returns: topics, and notes about records it could not even read. */
export interface ShapeReading {
  topics: PortalTopic[];
  warnings: { origin: string; reason: string }[];
}

export const asString = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value : typeof value === "number" ? String(value) : null;

export const asNumber = (value: unknown): number | null => {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : null;
};

export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
