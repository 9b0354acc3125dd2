import { CallCard } from "../../../platform/views/components/call-card.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { themeName } from "../../themes/theme.queries.js";
import type { CallForYou } from "../calls-for-you.js";

/** "Oproepen voor jou": each call with one line saying why it fits. */
export function CallsForYouList({ page, calls }: { page: PageContext; calls: CallForYou[] }) {
  return (
    <ol class="card-list ranked-list">
      {calls.map((item) => (
        <li>
          <p class="fit-reason">{fitReason(page, item)}</p>
          <CallCard page={page} call={item.call} />
        </li>
      ))}
    </ol>
  );
}

export function fitReason(page: PageContext, { eligibility, themes }: CallForYou): string {
  const { t, lang } = page;
  const type = eligibility.type ? themeName(eligibility.type, lang) : "";
  const parts = [
    eligibility.outcome === "eligible"
      ? t(eligibility.basis === "listed" ? "forYou.listed" : "forYou.inherited", { type })
      : t("forYou.typeUnknown"),
  ];
  if (themes.length) parts.push(t("forYou.themes", { names: themes.map((theme) => themeName(theme, lang)).join(", ") }));
  return parts.join(" · ");
}
