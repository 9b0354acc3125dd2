import type { Translate } from "../../platform/i18n/translate.js";

/** A stored value as an editor reads it in a diff: deadlines as "2027-03-05 17:00", lists joined. */
export function readableValue(value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) {
    return t("bo.revisions.empty");
  }
  if (Array.isArray(value)) return value.map((item) => readableValue(item, t)).join("; ");
  if (typeof value === "object") {
    return Object.values(value as Record<string, unknown>)
      .filter((v) => v !== null && v !== "")
      .map((v) => readableValue(v, t))
      .join(" ");
  }
  if (typeof value === "boolean") return t(value ? "bo.form.yes" : "bo.form.no");
  const text = String(value);
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
}
