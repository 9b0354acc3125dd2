import type { z } from "@hono/zod-openapi";
import type { EventDetail as EventRecord, EventRow } from "../events/event.queries.js";
import type { ProgrammeDetail as ProgrammeRecord } from "../programmes/programme.queries.js";
import type { BeneficiaryTypeRow, ThemeRow } from "../themes/theme.queries.js";
import { callApiUrl, presentContact, presentNamed } from "./call.presenter.js";
import type { Event, EventDetail, ProgrammeDetail, ProgrammeSummary, Taxonomy, ThemeDetail } from "./catalogue.schemas.js";
import { siteLinks } from "./site-links.js";

/** Programmes, events, themes and beneficiary types as open data, shared by the API and feeds. */
type ProgrammeListRow = {
  slug: string;
  name: string;
  nameEn: string | null;
  shortName: string | null;
  period: string | null;
  managementMode: "direct" | "shared" | "indirect" | null;
  introduction: string | null;
  isStub: number;
};

export function presentProgrammeSummary(p: ProgrammeListRow, baseUrl: string): z.infer<typeof ProgrammeSummary> {
  return {
    slug: p.slug,
    name: p.name,
    nameEn: p.nameEn,
    shortName: p.shortName,
    period: p.period,
    managementMode: p.managementMode,
    introduction: p.introduction,
    stub: p.isStub === 1,
    links: {
      self: `${baseUrl}/api/v1/programmes/${p.slug}`,
      html: siteLinks(baseUrl, "programme", p.slug),
      calls: `${baseUrl}/api/v1/calls?programme=${p.slug}`,
    },
  };
}

export function presentProgrammeDetail(p: ProgrammeRecord, baseUrl: string): z.infer<typeof ProgrammeDetail> {
  const row = p.row;
  return {
    ...presentProgrammeSummary(row, baseUrl),
    managingBodies: row.managingBodies,
    objectives: row.objectives,
    keyActions: p.keyActions,
    goodToKnow: {
      projectTypes: row.projectTypes,
      partnersNeeded: row.partnersNeeded,
      partnersNote: row.partnersNote,
      cofinancing: row.cofinancing,
      maxDuration: row.maxDuration,
      applicationProcedure: row.applicationProcedure,
    },
    legislation: p.legislation.map((l) => ({ reference: l.reference, title: l.title, url: l.url })),
    budget: { amountEur: row.budgetAmountEur, note: row.budgetNote },
    synergies: p.synergies,
    themes: p.themes.map(presentNamed),
    beneficiaryTypes: p.beneficiaryTypes.map(presentNamed),
    contacts: p.contacts.map((c) => ({ ...presentContact(c), label: c.label })),
    website: row.website,
    language: row.language,
    updatedAt: row.updatedAt,
  };
}

export function presentEvent(e: EventRow, baseUrl: string): z.infer<typeof Event> {
  const html = siteLinks(baseUrl, "event", e.slug);
  return {
    slug: e.slug,
    title: e.title,
    summary: e.summary,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    online: e.isOnline === 1,
    location: e.location,
    organiser: e.organiser,
    contact: { name: e.contactName, email: e.contactEmail },
    registrationUrl: e.registrationUrl,
    recordingUrl: e.recordingUrl,
    language: e.language,
    publishedAt: e.publishedAt,
    publishedBy: e.publishedBy,
    updatedAt: e.updatedAt,
    links: { self: `${baseUrl}/api/v1/events/${e.slug}`, html, calendar: `${html.nl}/agenda.ics` },
  };
}

export function presentEventDetail(e: EventRecord, baseUrl: string): z.infer<typeof EventDetail> {
  return {
    ...presentEvent(e, baseUrl),
    body: e.body,
    calls: e.calls.map((c) => ({ ...c, self: callApiUrl(baseUrl, c.slug) })),
  };
}

type TaxonomyKind = { api: "themes" | "beneficiary-types"; site: "theme" | "beneficiary"; filter: "theme" | "beneficiary" };
export const THEME: TaxonomyKind = { api: "themes", site: "theme", filter: "theme" };
export const BENEFICIARY_TYPE: TaxonomyKind = { api: "beneficiary-types", site: "beneficiary", filter: "beneficiary" };

export function presentTaxonomy(
  term: ThemeRow | BeneficiaryTypeRow,
  kind: TaxonomyKind,
  baseUrl: string,
): z.infer<typeof Taxonomy> {
  return {
    slug: term.slug,
    name: { nl: term.nameNl, en: term.nameEn },
    description: term.description,
    links: {
      self: `${baseUrl}/api/v1/${kind.api}/${term.slug}`,
      html: siteLinks(baseUrl, kind.site, term.slug),
      calls: `${baseUrl}/api/v1/calls?${kind.filter}=${term.slug}`,
    },
  };
}

export function presentThemeDetail(
  theme: ThemeRow & { contact: Parameters<typeof presentContact>[0] | undefined },
  baseUrl: string,
): z.infer<typeof ThemeDetail> {
  return { ...presentTaxonomy(theme, THEME, baseUrl), contact: theme.contact ? presentContact(theme.contact) : null };
}
