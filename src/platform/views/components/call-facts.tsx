import { raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { CallFacts } from "../../../modules/calls/call-facts.js";
import { formatDate, formatMoney, formatNumber } from "../../i18n/format.js";
import type { MessageKey } from "../../i18n/messages.nl.js";
import type { PageContext } from "../page-context.js";
import { DeadlineText, daysLeft } from "./deadline-text.js";

/** The pieces of a call's decision facts, each saying "onbekend" rather than leaving itself out. */
function Unknown({ page }: { page: PageContext }) {
  return <span class="unknown">{page.t("value.unknown")}</span>;
}

/**
 * What the deadline line is called, in the order FactDeadline tells it: the next deadline (or
 * none known yet), the last one once every deadline has passed, and just "Deadline" for a call
 * closed without any, since no deadline comes next.
 */
export function deadlineTerm(facts: CallFacts): MessageKey {
  if (facts.nextDeadline || facts.deadlineModel === "rolling") return "facts.nextDeadline";
  if (facts.lastDeadline) return "facts.lastDeadline";
  return facts.status === "closed" ? "call.deadline" : "facts.nextDeadline";
}

/** The deadline that matters now: the next one, rolling, the last one passed, or none known. */
export function FactDeadline({ page, facts }: { page: PageContext; facts: CallFacts }) {
  if (facts.nextDeadline) return <DeadlineText page={page} deadline={facts.nextDeadline} countdown={facts.status === "open"} />;
  if (facts.deadlineModel === "rolling") return <>{page.t("call.rolling")}</>;
  if (facts.lastDeadline) {
    return (
      <>
        {page.t("facts.passedOn")} <DeadlineText page={page} deadline={facts.lastDeadline} />
      </>
    );
  }
  if (facts.endedPeriod) return <>{page.t("facts.periodEnded", { period: facts.endedPeriod })}</>;
  return <span class="unknown">{page.t("call.noDeadline")}</span>;
}

export function FactDeadlineModel({ page, facts }: { page: PageContext; facts: CallFacts }) {
  if (!facts.deadlineModel) return <Unknown page={page} />;
  return <>{page.t(`facts.model.${facts.deadlineModel}`)}</>;
}

export function FactMoney({ page, amount }: { page: PageContext; amount: number | null }) {
  return amount === null ? <Unknown page={page} /> : <>{formatMoney(page.lang, amount)}</>;
}

export function FactCount({ page, count }: { page: PageContext; count: number | null }) {
  return count === null ? <Unknown page={page} /> : <>{formatNumber(page.lang, count)}</>;
}

/** "100.000 – 500.000 euro", one amount when both ends are the same, "tot 500.000 euro" with a maximum only. */
export function FactContribution({ page, facts }: { page: PageContext; facts: CallFacts }) {
  const { minContributionEur: min, maxContributionEur: max } = facts;
  if (max === null && min === null) return <Unknown page={page} />;
  if (max === null) return <>{page.t("facts.atLeast", { amount: formatMoney(page.lang, min as number) })}</>;
  if (min === null) return <>{page.t("facts.upTo", { amount: formatMoney(page.lang, max) })}</>;
  if (min === max) return <>{formatMoney(page.lang, max)}</>;
  return <>{`${formatMoney(page.lang, min)} – ${formatMoney(page.lang, max)}`}</>;
}

export function FactCofinancing({ page, facts }: { page: PageContext; facts: CallFacts }) {
  const { shares, note } = facts.cofinancing;
  if (!shares.length && !note) return <Unknown page={page} />;
  const listed = shares.map((s) =>
    page.t(`call.share.${s.bound}`, { percent: formatNumber(page.lang, s.percent), source: s.source }),
  );
  return <>{[...listed, ...(note ? [note] : [])].join("; ")}</>;
}

/** The call's rule on European partners, or its programme's marked as such. */
export function FactPartners({ page, facts }: { page: PageContext; facts: CallFacts }) {
  const { needed, inherited } = facts.partners;
  if (!needed) return <Unknown page={page} />;
  return (
    <>
      {inherited ? <span class="inherited-label">{page.t("facts.byProgramme")}: </span> : null}
      {page.t(`partners.${needed}`)}
    </>
  );
}

/** Types the call names, or the programme's types marked as such: they say less about this call. */
export function FactBeneficiaries({ page, facts, links }: { page: PageContext; facts: CallFacts; links?: boolean }) {
  const { own, inherited } = facts.beneficiaries;
  const items = own.length ? own : inherited;
  if (!items.length) return <Unknown page={page} />;
  const names = items.map((item) => {
    const name = page.lang === "en" ? item.nameEn : item.nameNl;
    return links ? <a href={page.paths.beneficiary(item.slug)}>{name}</a> : name;
  });
  return (
    <>
      {own.length ? null : <span class="inherited-label">{page.t("facts.byProgramme")}: </span>}
      <span class={own.length ? "beneficiaries-own" : "beneficiaries-inherited"}>
        {names.flatMap((name, i) => (i ? [", ", name] : [name]))}
      </span>
    </>
  );
}

export function FactOpens({ page, facts }: { page: PageContext; facts: CallFacts }) {
  if (!facts.opensOn) return null;
  const opened = facts.status !== "forthcoming";
  return (
    <>
      {page.t(opened ? "call.opened" : "call.opens")} <time datetime={facts.opensOn}>{formatDate(page.lang, facts.opensOn)}</time>
    </>
  );
}

/**
 * The essentials on a result card: when, how much, with whom, for whom. A page of results
 * shows twenty, and a call's card is the same for every page that shows it until the call
 * changes or a day passes: each is rendered once per language, facts and days left (what the
 * card is made of, all in its key), then served as it was rendered.
 */
export function CardFacts({ page, facts }: { page: PageContext; facts: CallFacts }) {
  const countdown = facts.status === "open" && facts.nextDeadline ? daysLeft(page, facts.nextDeadline) : "";
  const key = `${page.lang} ${countdown} ${JSON.stringify(facts)}`;
  let html = renderedCards.get(key);
  if (html === undefined) html = raw(String(<CardFactsOf page={page} facts={facts} />));
  else renderedCards.delete(key);
  // Most recently shown last, so the first is the one to let go.
  renderedCards.set(key, html);
  if (renderedCards.size > KEPT_CARDS) renderedCards.delete(renderedCards.keys().next().value as string);
  return html;
}

/** About 1.5 KB each, and as much for its key: a few megabytes at most. */
const KEPT_CARDS = 2000;
const renderedCards = new Map<string, HtmlEscapedString>();

function CardFactsOf({ page, facts }: { page: PageContext; facts: CallFacts }) {
  const { t } = page;
  return (
    <dl class="card-facts">
      <div>
        <dt>{t(deadlineTerm(facts))}</dt>
        <dd>
          <FactDeadline page={page} facts={facts} />{" "}
          <span class="muted">({<FactDeadlineModel page={page} facts={facts} />})</span>
        </dd>
      </div>
      <div>
        <dt>{t("call.budget")}</dt>
        <dd>
          <FactMoney page={page} amount={facts.budgetAmountEur} />
          {facts.expectedGrants !== null
            ? ` · ${t("facts.grants", { count: formatNumber(page.lang, facts.expectedGrants) })}`
            : ""}
        </dd>
      </div>
      <div>
        <dt>{t("call.contribution")}</dt>
        <dd>
          <FactContribution page={page} facts={facts} />
        </dd>
      </div>
      <div>
        <dt>{t("call.cofinancing")}</dt>
        <dd>
          <FactCofinancing page={page} facts={facts} />
        </dd>
      </div>
      <div>
        <dt>{t("call.partners")}</dt>
        <dd>
          <FactPartners page={page} facts={facts} />
        </dd>
      </div>
      <div>
        <dt>{t("call.beneficiaries")}</dt>
        <dd>
          <FactBeneficiaries page={page} facts={facts} />
        </dd>
      </div>
    </dl>
  );
}
