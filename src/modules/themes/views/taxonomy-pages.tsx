import type { Child } from "hono/jsx";
import type { Row } from "../../../platform/db/schema.js";
import { BackLink } from "../../../platform/views/components/back-link.js";
import { CallCard } from "../../../platform/views/components/call-card.js";
import { ContactCard } from "../../../platform/views/components/contact-card.js";
import { Section } from "../../../platform/views/components/section.js";
import { Layout } from "../../../platform/views/layout.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import type { CallDetail } from "../../calls/call.queries.js";
import { ProgrammeLink } from "../../programmes/views/programme-link.js";
import { themeName } from "../theme.queries.js";

interface Term {
  slug: string;
  nameNl: string;
  nameEn: string;
  description: string | null;
}

/** The list of themes or of beneficiary types. */
export function TermList({
  page,
  title,
  intro,
  terms,
  href,
  follow,
}: {
  page: PageContext;
  title: string;
  intro: string;
  terms: Term[];
  href: (slug: string) => string;
  /** A "Volgen" button per term, described by the term's title (id `term-<slug>`). */
  follow?: (slug: string) => Child;
}) {
  return (
    <Layout page={page} title={title} description={intro} breadcrumbs={[{ label: title }]}>
      <h1>{title}</h1>
      <p class="lead">{intro}</p>
      <ul class="card-list">
        {terms.map((term) => (
          <li>
            <article class="card">
              <h2 class="card-title" id={`term-${term.slug}`}>
                <a href={href(term.slug)}>{themeName(term, page.lang)}</a>
              </h2>
              {term.description ? (
                <p class="card-summary" lang={page.lang === "nl" ? undefined : "nl"}>
                  {term.description}
                </p>
              ) : null}
              {follow?.(term.slug)}
            </article>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

interface TermPageProps {
  page: PageContext;
  term: Term;
  parent: { label: string; href: string };
  calls: CallDetail[];
  callsTitle: string;
  programmes: { slug: string; name: string; nameEn: string | null }[];
  programmesTitle: string;
  contact?: Row<"contacts"> | undefined;
  /** The "Volgen" button, where the term can be followed. */
  follow?: Child;
  children?: Child;
}

/** A theme or beneficiary type: its open calls, its programmes and who to ask. */
export function TermPage({
  page,
  term,
  parent,
  calls,
  callsTitle,
  programmes,
  programmesTitle,
  contact,
  follow,
  children,
}: TermPageProps) {
  const { t } = page;
  const name = themeName(term, page.lang);
  return (
    <Layout
      page={page}
      title={name}
      description={term.description ?? undefined}
      breadcrumbs={[parent, { label: name }]}
      bodyClass="term-page"
    >
      <BackLink page={page} href={parent.href} />
      <h1>{name}</h1>
      {follow}
      {/* Descriptions are written in Dutch only. */}
      {term.description ? (
        <p class="lead" lang={page.lang === "nl" ? undefined : "nl"}>
          {term.description}
        </p>
      ) : null}
      <Section id="oproepen" title={callsTitle}>
        {calls.length ? (
          <ul class="card-list">
            {calls.map((call) => (
              <li>
                <CallCard page={page} call={call} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("calls.none")}</p>
        )}
      </Section>
      {programmes.length ? (
        <Section id="programmas" title={programmesTitle}>
          <ul class="tag-list">
            {programmes.map((p) => (
              <li>
                <ProgrammeLink page={page} programme={p} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {children}
      {contact ? (
        <Section id="contact" title={t("theme.contact")}>
          <ContactCard contact={contact} />
        </Section>
      ) : null}
    </Layout>
  );
}
