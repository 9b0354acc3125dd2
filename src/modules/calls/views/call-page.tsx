import type { Child } from "hono/jsx";
import { formatDate, formatNumber, formatTimeRange } from "../../../platform/i18n/format.js";
import { BackLink } from "../../../platform/views/components/back-link.js";
import {
  FactContribution,
  FactCount,
  FactDeadline,
  FactMoney,
  FactOpens,
  FactPartners,
} from "../../../platform/views/components/call-facts.js";
import { ContactCard } from "../../../platform/views/components/contact-card.js";
import { DeadlineText } from "../../../platform/views/components/deadline-text.js";
import { FreeSections } from "../../../platform/views/components/free-sections.js";
import { LanguageNotice } from "../../../platform/views/components/language-notice.js";
import { NamedList } from "../../../platform/views/components/named-list.js";
import { MarkdownSection, Section } from "../../../platform/views/components/section.js";
import { StatusBadge } from "../../../platform/views/components/status-badge.js";
import { Layout } from "../../../platform/views/layout.js";
import { Markdown, markdownToText } from "../../../platform/views/markdown.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { CallJsonLd } from "../../feeds/structured-data.js";
import { programmeNameIn } from "../../programmes/programme-names.js";
import type { CallDetail } from "../call.queries.js";
import type { HistoryEntry } from "../call-reader.js";
import type { SeriesMember } from "../call-series.queries.js";
import { CallHistory } from "./call-history.js";
import { DecisionBox } from "./decision-box.js";

/** The call page: the facts that decide first, then the origin page's sections in their order. */
export function CallPage({
  page,
  call,
  series,
  backHref,
  follow,
  eligibility,
  history,
}: {
  page: PageContext;
  call: CallDetail;
  series: SeriesMember[];
  backHref: string;
  /** The "Volgen" button. */
  follow?: Child;
  /** Whether the visitor's organisation may apply, right after the decision box. */
  eligibility?: Child;
  /** The public change history, newest first. */
  history: HistoryEntry[];
}) {
  const { t, paths, lang } = page;
  const programmeName = call.programme ? programmeNameIn(lang, call.programme) : null;
  const row = call.row;
  return (
    <Layout
      page={page}
      title={call.title}
      description={call.introduction ? markdownToText(call.introduction, 160) : undefined}
      breadcrumbs={[{ label: t("nav.calls"), href: paths.section("calls") }, { label: call.title }]}
      bodyClass="call-page"
      head={<CallJsonLd page={page} call={call} />}
    >
      <BackLink page={page} href={backHref} />
      <LanguageNotice page={page} language={call.language} />
      <article class="detail" lang={call.language !== lang ? call.language : undefined}>
        <header class="detail-header">
          <p class="eyebrow">
            <StatusBadge page={page} status={call.status} />
            {call.programme && programmeName ? (
              <a
                href={paths.programme(call.programme.slug)}
                lang={programmeName.lang !== call.language ? programmeName.lang : undefined}
              >
                {programmeName.text}
              </a>
            ) : null}
          </p>
          <h1>{call.title}</h1>
          {follow}
        </header>

        <DecisionBox page={page} call={call} series={series} />

        {eligibility}

        <Section
          id="deadline"
          title={call.deadlines.length > 1 ? t("call.deadlines") : t("call.deadline")}
          class="page-section key-facts"
        >
          {call.isRolling ? <p>{t("call.rolling")}</p> : null}
          {call.deadlines.length ? (
            <ul class="deadline-list">
              {call.deadlines.map((d) => (
                <li>
                  <DeadlineText page={page} deadline={d} countdown={call.status === "open"} />
                </li>
              ))}
            </ul>
          ) : call.isRolling ? null : (
            <p>
              <FactDeadline page={page} facts={call.facts} />
            </p>
          )}
          {call.opensOn ? (
            <p>
              <FactOpens page={page} facts={call.facts} />
            </p>
          ) : null}
        </Section>

        {call.code ? (
          <Section id="code" title={t("call.code")}>
            <p class="code-value">{call.code}</p>
            {/* A topic that is the whole call (same code or same title) does not say it is part of itself. */}
            {row.parentCallCode && row.parentCallCode !== call.code && !sameText(row.parentCallTitle, call.title) ? (
              <p>
                {t("call.parentCall")}: {row.parentCallTitle ? `${row.parentCallTitle} ` : ""}({row.parentCallCode})
              </p>
            ) : null}
          </Section>
        ) : null}

        <MarkdownSection id="inleiding" title={t("call.introduction")} source={call.introduction} />

        <MarkdownSection id="doelstellingen" title={t("call.objectives")} source={row.objectives} />

        <FreeSections sections={JSON.parse(row.extraSections)} />

        <Section id="wie" title={t("call.beneficiaries")}>
          <dl class="facts">
            <dt>{call.beneficiaryTypesInherited ? t("facts.byProgramme") : t("facts.namedByCall")}</dt>
            <dd>
              <NamedList page={page} items={call.beneficiaryTypes} href={paths.beneficiary} />
              {call.beneficiaryTypesInherited && call.beneficiaryTypes.length ? (
                <p class="muted">{t("facts.inheritedNote")}</p>
              ) : null}
            </dd>
            <dt>{t("call.partners")}</dt>
            <dd>
              <FactPartners page={page} facts={call.facts} />
              {call.partnersNote ? ` — ${call.partnersNote}` : ""}
            </dd>
            {row.projectType ? (
              <>
                <dt>{t("call.projectType")}</dt>
                <dd>{row.projectType}</dd>
              </>
            ) : null}
            <dt>{t("call.themes")}</dt>
            <dd>
              <NamedList page={page} items={call.themes} href={paths.theme} />
              {call.themesInherited && call.themes.length ? <span class="muted"> ({t("call.inherited")})</span> : null}
            </dd>
          </dl>
        </Section>

        <Section id="financiering" title={t("call.funding")}>
          <dl class="facts">
            <dt>{t("call.budget")}</dt>
            <dd>
              <FactMoney page={page} amount={row.budgetAmountEur} />
              {row.budgetNote ? ` — ${row.budgetNote}` : ""}
            </dd>
            <dt>{t("call.expectedGrants")}</dt>
            <dd>
              <FactCount page={page} count={row.expectedGrants} />
            </dd>
            <dt>{t("call.contribution")}</dt>
            <dd>
              <FactContribution page={page} facts={call.facts} />
            </dd>
            <dt>{t("call.cofinancing")}</dt>
            <dd>
              {call.shares.length ? (
                <ul class="shares">
                  {call.shares.map((s) => (
                    <li>
                      <span class="share-bar" style={`--share:${s.percent}%`} aria-hidden="true" />
                      {t(`call.share.${s.bound}`, { percent: formatNumber(lang, s.percent), source: s.source })}
                    </li>
                  ))}
                </ul>
              ) : null}
              {row.cofinancingNote ? <p>{row.cofinancingNote}</p> : null}
              {call.shares.length || row.cofinancingNote ? null : <span class="unknown">{t("value.unknown")}</span>}
            </dd>
          </dl>
        </Section>

        {series.length ? (
          <Section id="edities" title={t("series.title")}>
            <ul class="plain-list">
              {series.map((m) => (
                <li>
                  <a href={paths.call(m.slug)} lang={m.language !== lang ? m.language : undefined}>
                    {m.title}
                  </a>{" "}
                  ({m.code}) <StatusBadge page={page} status={m.status} />
                </li>
              ))}
            </ul>
          </Section>
        ) : null}

        {call.events.length ? (
          <Section id="infosessies" title={t("call.events")}>
            <ul class="plain-list">
              {call.events.map((e) => (
                <li>
                  <a href={paths.event(e.slug)}>{e.title}</a> — {formatDate(lang, e.startsAt)},{" "}
                  {formatTimeRange(lang, e.startsAt, e.endsAt)}
                  {e.isOnline ? `, ${t("event.online")}` : ""}
                </li>
              ))}
            </ul>
          </Section>
        ) : null}

        <Section id="info-contact" title={t("call.infoContact")}>
          <Markdown source={row.infoContact} />
          {call.links.length || row.url ? (
            <ul class="plain-list">
              {call.links.map((l) => (
                <li>
                  <a href={l.url}>{l.label}</a>
                </li>
              ))}
              {row.url && !call.links.some((l) => l.url === row.url) ? (
                <li>
                  <a href={row.url}>{t("call.moreInfo")}</a>
                </li>
              ) : null}
            </ul>
          ) : null}
          {call.contacts.map((c) => (
            <ContactCard contact={c} heading={t("call.contactPerson")} />
          ))}
        </Section>

        <CallHistory page={page} history={history} />
      </article>
    </Layout>
  );
}

function sameText(a: string | null, b: string): boolean {
  return a !== null && a.trim().toLowerCase() === b.trim().toLowerCase();
}
