import { formatDate } from "../../../platform/i18n/format.js";
import {
  deadlineTerm,
  FactBeneficiaries,
  FactCofinancing,
  FactContribution,
  FactCount,
  FactDeadline,
  FactDeadlineModel,
  FactMoney,
  FactOpens,
  FactPartners,
} from "../../../platform/views/components/call-facts.js";
import { StatusBadge } from "../../../platform/views/components/status-badge.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import type { CallDetail } from "../call.queries.js";
import type { SeriesMember } from "../call-series.queries.js";

/** The facts a project officer decides on, at the top of the call page, with what to do next. */
export function DecisionBox({ page, call, series }: { page: PageContext; call: CallDetail; series: SeriesMember[] }) {
  const { t, lang, paths } = page;
  const facts = call.facts;
  const newer = series.filter((m) => m.newer).at(-1);
  const plannable = facts.status !== "closed" && (call.deadlines.length > 0 || call.opensOn !== null);
  const documents = call.links;
  return (
    // In the reader's language even when the call itself is written in another.
    <section class="decision-box" aria-labelledby="decision-title" lang={page.lang === "nl" ? "nl-BE" : "en"}>
      <h2 id="decision-title">{t("facts.title")}</h2>
      {facts.status === "closed" && newer ? (
        <p class="newer-call">
          <strong>{t("series.newer")}:</strong>{" "}
          <a href={paths.call(newer.slug)} lang={newer.language !== lang ? newer.language : undefined}>
            {newer.title}
          </a>{" "}
          ({newer.code}, <StatusBadge page={page} status={newer.status} />)
        </p>
      ) : null}
      <dl class="facts">
        <dt>{t("facts.status")}</dt>
        <dd>
          <StatusBadge page={page} status={facts.status} /> <FactOpens page={page} facts={facts} />
        </dd>
        <dt>{t(deadlineTerm(facts))}</dt>
        <dd>
          <FactDeadline page={page} facts={facts} />
        </dd>
        <dt>{t("facts.model")}</dt>
        <dd>
          <FactDeadlineModel page={page} facts={facts} />
        </dd>
        <dt>{t("call.budget")}</dt>
        <dd>
          <FactMoney page={page} amount={facts.budgetAmountEur} />
        </dd>
        <dt>{t("call.expectedGrants")}</dt>
        <dd>
          <FactCount page={page} count={facts.expectedGrants} />
        </dd>
        <dt>{t("call.contribution")}</dt>
        <dd>
          <FactContribution page={page} facts={facts} />
        </dd>
        <dt>{t("call.cofinancing")}</dt>
        <dd>
          <FactCofinancing page={page} facts={facts} />
        </dd>
        <dt>{t("call.partners")}</dt>
        <dd>
          <FactPartners page={page} facts={facts} />
        </dd>
        <dt>{t("call.beneficiaries")}</dt>
        <dd>
          <FactBeneficiaries page={page} facts={facts} links />
        </dd>
        <dt>{t("facts.documents")}</dt>
        <dd>
          {documents.length ? (
            <ul class="plain-list">
              {documents.map((d) => (
                <li>
                  <a href={d.url}>{d.label}</a>
                </li>
              ))}
            </ul>
          ) : call.row.url ? (
            <a href={call.row.url}>{t("facts.documentsAtSource")}</a>
          ) : (
            <span class="unknown">{t("facts.noDocuments")}</span>
          )}
        </dd>
        <dt>{t("facts.updated")}</dt>
        <dd>
          <time datetime={call.updatedAt}>{formatDate(lang, call.updatedAt)}</time>
        </dd>
      </dl>
      {plannable || call.row.submissionUrl ? (
        <p class="decision-actions">
          {call.row.submissionUrl && facts.status !== "closed" ? (
            <a class="button-link" href={call.row.submissionUrl}>
              {t("call.submit")}
            </a>
          ) : null}{" "}
          {plannable ? (
            <a class="button-link" href={`${paths.call(call.slug)}/agenda.ics`}>
              {t("call.addToCalendar")}
            </a>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
