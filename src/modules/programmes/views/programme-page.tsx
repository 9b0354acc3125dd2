import type { Child } from "hono/jsx";
import { formatMoney } from "../../../platform/i18n/format.js";
import { BackLink } from "../../../platform/views/components/back-link.js";
import { CallCard } from "../../../platform/views/components/call-card.js";
import { ContactCard } from "../../../platform/views/components/contact-card.js";
import { FreeSections } from "../../../platform/views/components/free-sections.js";
import { LanguageNotice } from "../../../platform/views/components/language-notice.js";
import { NamedList } from "../../../platform/views/components/named-list.js";
import { MarkdownSection, Section } from "../../../platform/views/components/section.js";
import { Layout } from "../../../platform/views/layout.js";
import { Markdown, markdownToText } from "../../../platform/views/markdown.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import type { CallDetail } from "../../calls/call.queries.js";
import type { FreeSection } from "../../history/entity-input.js";
import type { ProgrammeDetail } from "../programme.queries.js";
import { programmeNameIn } from "../programme-names.js";

/** "tbc" is what the source said: not yet known. An absent value is simply not shown. */
function GoodToKnowValue({ page, value }: { page: PageContext; value: string }) {
  return /^\s*tbc\s*$/i.test(value) ? (
    <span class="muted">{page.t("value.tbc")}</span>
  ) : (
    <Markdown source={value} class="inline-prose" />
  );
}

/** What the source said about a synergy, when it says more than the programme's name. */
function synergyNote(s: ProgrammeDetail["synergies"][number]): string | null {
  if (!s.label) return null;
  const label = s.label.toLowerCase();
  const names = [s.name, s.nameEn, s.shortName].filter((n): n is string => Boolean(n)).map((n) => n.toLowerCase());
  return names.some((n) => label.includes(n) || n.includes(label)) ? null : s.label;
}

/** Text an importer kept under "Info & contact" belongs in the page's one Info & contact section. */
function infoContactApart(sections: FreeSection[]) {
  const isInfoContact = (s: FreeSection) => /^info (?:&|en) contact:?$/i.test(s.heading.trim());
  return { infoContact: sections.filter(isInfoContact), others: sections.filter((s) => !isInfoContact(s)) };
}

/** The programme page: the origin page's sections in their order. */
export function ProgrammePage({
  page,
  programme,
  calls,
  backHref,
  follow,
}: {
  page: PageContext;
  programme: ProgrammeDetail;
  calls: CallDetail[];
  backHref: string;
  /** The "Volgen" button. */
  follow?: Child;
}) {
  const { t, paths, lang } = page;
  const p = programme.row;
  const extra = infoContactApart(JSON.parse(p.extraSections));
  const name = programmeNameIn(lang, p);
  const goodToKnow = [
    p.projectTypes ? { label: t("programme.projectTypes"), value: p.projectTypes } : null,
    p.partnersNeeded || p.partnersNote
      ? {
          label: t("programme.partners"),
          value: [p.partnersNeeded ? t(`partners.${p.partnersNeeded}`) : null, p.partnersNote].filter(Boolean).join(" — "),
        }
      : null,
    p.cofinancing ? { label: t("programme.cofinancing"), value: p.cofinancing } : null,
    p.maxDuration ? { label: t("programme.maxDuration"), value: p.maxDuration } : null,
    p.applicationProcedure ? { label: t("programme.procedure"), value: p.applicationProcedure } : null,
  ].filter((item): item is { label: string; value: string } => item !== null);
  return (
    <Layout
      page={page}
      title={name.text}
      description={p.introduction ? markdownToText(p.introduction, 160) : undefined}
      breadcrumbs={[{ label: t("nav.programmes"), href: paths.section("programmes") }, { label: p.shortName ?? name.text }]}
    >
      <BackLink page={page} href={backHref} />
      <LanguageNotice page={page} language={p.language} />
      <article class="detail" lang={p.language !== lang ? p.language : undefined}>
        <header class="detail-header">
          <p class="eyebrow">
            {p.period ? (
              <span>
                {t("programme.period")}: {p.period}
              </span>
            ) : null}
            {p.managementMode ? <span>{t(`programme.management.${p.managementMode}`)}</span> : null}
          </p>
          <h1 lang={name.lang !== p.language ? name.lang : undefined}>{name.text}</h1>
          {follow}
          {p.isStub ? <p class="muted">{t("programme.stub")}</p> : null}
        </header>

        <MarkdownSection id="inleiding" title={t("programme.introduction")} source={p.introduction} />

        {programme.keyActions.length ? (
          <Section id="acties" title={t("programme.keyActions")} class="page-section key-actions">
            {programme.keyActions.map((action) => (
              <>
                <h3>{action.title}</h3>
                {action.lead ? <Markdown source={action.lead} /> : null}
                {action.items.length ? (
                  <ul>
                    {action.items.map((item) => (
                      <li>{item}</li>
                    ))}
                  </ul>
                ) : null}
                {action.note ? <Markdown source={action.note} /> : null}
              </>
            ))}
          </Section>
        ) : null}

        {goodToKnow.length || programme.legislation.length ? (
          <Section id="goed-om-weten" title={t("programme.goodToKnow")}>
            <dl class="facts">
              {goodToKnow.map((item) => (
                <>
                  <dt>{item.label}</dt>
                  <dd>
                    <GoodToKnowValue page={page} value={item.value} />
                  </dd>
                </>
              ))}
              {programme.legislation.length ? (
                <>
                  <dt>{t("programme.legislation")}</dt>
                  <dd>
                    <ul class="plain-list">
                      {programme.legislation.map((l) => (
                        <li>
                          {l.url ? <a href={l.url}>{l.reference}</a> : l.reference}
                          {l.title ? ` ${l.title}` : ""}
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              ) : null}
            </dl>
          </Section>
        ) : null}

        <MarkdownSection id="doelstellingen" title={t("programme.objectives")} source={p.objectives} />

        <FreeSections sections={extra.others} />

        {programme.beneficiaryTypes.length ? (
          <Section id="begunstigden" title={t("programme.beneficiaries")}>
            <NamedList page={page} items={programme.beneficiaryTypes} href={paths.beneficiary} />
          </Section>
        ) : null}

        {programme.themes.length ? (
          <Section id="themas" title={t("programme.themes")}>
            <NamedList page={page} items={programme.themes} href={paths.theme} />
          </Section>
        ) : null}

        {p.budgetAmountEur !== null || p.budgetNote ? (
          <Section id="budget" title={t("programme.budget")}>
            {p.budgetAmountEur !== null ? <p class="budget-amount">{formatMoney(lang, p.budgetAmountEur)}</p> : null}
            <Markdown source={p.budgetNote} />
          </Section>
        ) : null}

        {programme.synergies.length ? (
          <Section id="synergieen" title={t("programme.synergies")}>
            <p>{t("programme.synergiesIntro")}</p>
            <ul>
              {programme.synergies.map((s) => (
                <li>
                  <a href={paths.programme(s.slug)}>{programmeNameIn(lang, s).text}</a>
                  {synergyNote(s) ? <span class="muted"> — {synergyNote(s)}</span> : null}
                </li>
              ))}
            </ul>
          </Section>
        ) : null}

        {calls.length ? (
          <Section id="oproepen" title={t("programme.calls")}>
            <ul class="card-list">
              {calls.map((call) => (
                <li>
                  <CallCard page={page} call={call} />
                </li>
              ))}
            </ul>
          </Section>
        ) : null}

        {programme.contacts.length || p.website || extra.infoContact.length ? (
          <Section id="info-contact" title={t("programme.infoContact")}>
            {extra.infoContact.map((section) => (
              <Markdown source={section.body} />
            ))}
            {p.website ? (
              <p>
                <a href={p.website}>{t("programme.website")}</a>
              </p>
            ) : null}
            {programme.contacts.map((c) => (
              <ContactCard contact={c} heading={c.label} />
            ))}
          </Section>
        ) : null}
      </article>
    </Layout>
  );
}
