import type { MessageKey } from "../../../platform/i18n/messages.nl.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { themeName } from "../../themes/theme.queries.js";
import type { Eligibility } from "../eligibility.js";
import { guidePaths } from "../guide-paths.js";

type Verdict = "yes" | "likely" | "no" | "unlikely" | "unknown";

function verdictOf(e: Eligibility): Verdict {
  if (e.outcome === "unknown") return "unknown";
  if (e.outcome === "eligible") return e.basis === "listed" ? "yes" : "likely";
  return e.basis === "listed" ? "no" : "unlikely";
}

/**
 * Whether the visitor's organisation may apply, and why: the beneficiary types named by the
 * call itself give "ja" or "nee"; types only inherited from the programme never give more
 * than "waarschijnlijk". European partners and the own share follow as conditions.
 */
export function EligibilityPanel({ page, eligibility }: { page: PageContext; eligibility: Eligibility }) {
  const { t, lang } = page;
  const verdict = verdictOf(eligibility);
  const type = eligibility.type ? themeName(eligibility.type, lang) : "";
  const reason =
    eligibility.missing === "profile"
      ? page.visitor.user
        ? t("eligibility.unknown.profile")
        : t("eligibility.unknown.anonymous")
      : eligibility.missing === "call"
        ? t("eligibility.unknown.call")
        : t(`eligibility.${eligibility.basis as "listed" | "inherited"}.${eligibility.outcome === "eligible" ? "yes" : "no"}`, {
            type,
          });
  const partners = eligibility.partners;
  const share = eligibility.ownShare;
  return (
    <section aria-labelledby="eligibility-title" class={`page-section eligibility eligibility-${verdict}`} id="in-aanmerking">
      <h2 id="eligibility-title">{t("eligibility.title")}</h2>
      <p class="eligibility-verdict">
        <strong>{t(`eligibility.verdict.${verdict}`)}</strong>
      </p>
      <p>
        {reason}
        {eligibility.missing === "profile" && page.visitor.user ? (
          <>
            {" "}
            <a href={guidePaths(lang).profile}>{t("guide.editProfile")}</a>
          </>
        ) : null}
      </p>
      <ul class="plain-list eligibility-conditions">
        <li>
          {t(`eligibility.partners.${partners.needed ?? "unknown"}` as MessageKey)}
          {partners.note ? ` ${partners.note}` : ""}
        </li>
        <li>
          {share.kind === "min" || share.kind === "rest"
            ? t(`eligibility.share.${share.kind}`, { percent: share.percent })
            : share.kind === "note"
              ? t("eligibility.share.note", { text: share.text })
              : t("eligibility.share.unknown")}
        </li>
      </ul>
    </section>
  );
}
