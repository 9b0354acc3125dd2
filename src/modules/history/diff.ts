import { isDeepStrictEqual } from "node:util";

/** Names of the fields whose values differ; missing and null count as the same. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !isDeepStrictEqual(before[key] ?? null, after[key] ?? null));
}
