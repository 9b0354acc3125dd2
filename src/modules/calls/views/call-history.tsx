import { formatDate, formatMoney } from "../../../platform/i18n/format.js";
import { Section } from "../../../platform/views/components/section.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { HISTORY_FIELDS, type HistoryChange, type HistoryEntry } from "../call-reader.js";
import type { CallStatus } from "../call-status.js";

/** How many saves show before "Toon alles": enough for the recent story, short enough for a phone. */
const SHOWN = 10;

/** "Wat is er gewijzigd": per save its date, where it came from and each change as old → new. */
export function CallHistory({ page, history }: { page: PageContext; history: HistoryEntry[] }) {
  if (history.length === 0) return null;
  const recent = history.slice(0, SHOWN);
  const older = history.slice(SHOWN);
  return (
    <Section id="wijzigingen" title={page.t("history.title")}>
      <HistoryList page={page} entries={recent} />
      {older.length ? (
        <details class="history-more">
          <summary>{page.t("history.showAll", { count: history.length })}</summary>
          <HistoryList page={page} entries={older} />
        </details>
      ) : null}
    </Section>
  );
}

function HistoryList({ page, entries }: { page: PageContext; entries: HistoryEntry[] }) {
  return (
    <ol class="plain-list history">
      {entries.map((entry) => (
        <li>
          <time datetime={entry.at}>{formatDate(page.lang, entry.at)}</time>{" "}
          <span class="muted">({source(page, entry.actor)})</span>
          <ul>
            {ordered(entry.changes).map((change) => (
              <li>{changeText(page, change)}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function ordered(changes: HistoryChange[]): HistoryChange[] {
  const rank = (c: HistoryChange) => (c.field === null ? -1 : HISTORY_FIELDS.indexOf(c.field));
  return [...changes].sort((a, b) => rank(a) - rank(b));
}

function changeText(page: PageContext, change: HistoryChange): string {
  if (change.field === null) return page.t("history.created");
  const show = (value: unknown) => valueText(page, change.field as NonNullable<HistoryChange["field"]>, value);
  return `${page.t(`history.field.${change.field}`)}: ${show(change.before)} → ${show(change.after)}`;
}

interface StoredDeadline {
  date: string;
  time: string | null;
  label: string | null;
}

/** A stored value as a reader of the page says it: dates in the page's language, money in euro. */
function valueText(page: PageContext, field: NonNullable<HistoryChange["field"]>, value: unknown): string {
  const none = page.t("history.none");
  switch (field) {
    case "deadlines": {
      const deadlines = (value as StoredDeadline[] | null) ?? [];
      if (deadlines.length === 0) return none;
      return deadlines
        .map(
          (d) =>
            `${formatDate(page.lang, d.date)}${d.time ? `, ${d.time} ${page.t("deadline.brussels")}` : ""}${d.label ? ` (${d.label})` : ""}`,
        )
        .join("; ");
    }
    case "opensOn":
      return typeof value === "string" ? formatDate(page.lang, value) : none;
    case "status":
      return typeof value === "string" ? page.t(`status.${value as CallStatus}`) : none;
    case "budgetAmountEur":
      return typeof value === "number" ? formatMoney(page.lang, value) : none;
    case "isRolling":
      return page.t(value ? "history.yes" : "history.no");
  }
}

/** Editors stay anonymous; an import or the worker says where the change came from. */
function source(page: PageContext, actor: string): string {
  if (actor === "system") return page.t("history.source.system");
  if (actor === "import:eu-ft") return page.t("history.source.eu-ft");
  if (actor.startsWith("import:")) return page.t("history.source.import");
  return page.t("history.source.editor");
}
