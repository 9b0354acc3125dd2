import type { historyNl } from "./history.nl.js";

/** English texts of a call's public history. */
export const historyEn: Record<keyof typeof historyNl, string> = {
  "history.title": "What changed",
  "history.showAll": "Show all ({count})",
  "history.created": "Added to the guide",
  "history.field.deadlines": "Deadline",
  "history.field.opensOn": "Opening",
  "history.field.status": "Status",
  "history.field.budgetAmountEur": "Budget",
  "history.field.isRolling": "Rolling submission",
  "history.none": "none",
  "history.yes": "yes",
  "history.no": "no",
  "history.source.editor": "by the editors",
  "history.source.eu-ft": "updated from the EU Funding & Tenders portal",
  "history.source.import": "updated from an import file",
  "history.source.system": "automatically, by its dates",
};
