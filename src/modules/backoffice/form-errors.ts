import type { z } from "zod";
import type { MessageKey } from "../../platform/i18n/messages.nl.js";
import type { Translate } from "../../platform/i18n/translate.js";

/** One message for one field, next to it and in the summary at the top. */
export interface FieldError {
  field: string;
  message: string;
}

/** The id of a field's input, also the summary's link target. */
export const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9]+/g, "-")}`;

/**
 * How a field is labelled in messages: repeater cells name their row ("Deadlines, rij 2:
 * Datum"). `kind` says what a failed check on it means (dates and times are refined strings).
 */
/** What a failed check on a field means when the schema only says "custom": dates, times and phone numbers are refined strings. */
export type FieldKind = "date" | "time" | "phone";

export interface FieldLabels {
  label(name: string): string;
  kind?(name: string): FieldKind | undefined;
}

/**
 * Zod's issues as messages in the editor's language. The path of an issue is the field's
 * name ("deadlines.0.date"), as `formToInput` builds it; a row that was left out of the
 * input keeps its form index through `rowIndex`.
 */
export function fieldErrors(
  issues: readonly z.core.$ZodIssue[],
  labels: FieldLabels,
  t: Translate,
  rowIndex: (repeater: string, position: number) => number = (_, position) => position,
): FieldError[] {
  const errors = new Map<string, FieldError>();
  for (const issue of issues) {
    const [first, second, ...rest] = issue.path.map(String);
    const field =
      second !== undefined && /^\d+$/.test(second) && first
        ? [first, rowIndex(first, Number(second)), ...rest].join(".")
        : issue.path.map(String).join(".");
    if (errors.has(field)) continue;
    const label = labels.label(field);
    errors.set(field, { field, message: t(messageKey(issue, labels.kind?.(field)), { label }) });
  }
  return [...errors.values()];
}

const CUSTOM_MESSAGES = { date: "bo.error.date", time: "bo.error.time", phone: "bo.error.phone" } as const;

function messageKey(issue: z.core.$ZodIssue, kind: FieldKind | undefined): MessageKey {
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "number") return "bo.error.number";
      if (issue.expected === "int") return "bo.error.integer";
      return "bo.error.required";
    case "too_small":
      return issue.origin === "string" || issue.origin === "array" ? "bo.error.required" : "bo.error.range";
    case "too_big":
      return issue.origin === "string" ? "bo.error.tooLong" : "bo.error.range";
    case "invalid_format":
      if (issue.format === "url") return "bo.error.url";
      if (issue.format === "email") return "bo.error.email";
      if (issue.format === "regex") return "bo.error.slug";
      if (issue.format === "datetime") return "bo.error.date";
      return "bo.error.invalid";
    case "invalid_value":
      return "bo.error.unknownChoice";
    case "custom":
      return kind ? CUSTOM_MESSAGES[kind] : "bo.error.invalid";
    default:
      return "bo.error.invalid";
  }
}
