import type { z } from "@hono/zod-openapi";
import type { Row } from "../../platform/db/schema.js";
import type {
  CallDetail as CallDetailRecord,
  CallSummary as CallSummaryRecord,
  Deadline as DeadlineRecord,
  Named,
} from "../calls/call.queries.js";
import { readableMarkdown } from "../search/readable-text.js";
import type { CallDetail, CallSummary, Contact, Deadline, NamedRef } from "./call.schemas.js";
import { siteLinks } from "./site-links.js";

/**
 * Calls as open data: the derived status, deadlines as instants with their Brussels date
 * and time, effective (own or inherited) themes, beneficiaries and partners rule. Shared by
 * the API and the feeds, so every channel says the same thing about a call as its page, its
 * card and the search filters do.
 */
export function presentDeadline(d: DeadlineRecord): z.infer<typeof Deadline> {
  return { at: d.at, date: d.date, time: d.time, timeZone: "Europe/Brussels", label: d.label };
}

export function presentNamed(n: Named): z.infer<typeof NamedRef> {
  return { slug: n.slug, name: { nl: n.nameNl, en: n.nameEn } };
}

export function presentContact(c: Row<"contacts">): z.infer<typeof Contact> {
  return {
    name: c.name,
    role: c.role,
    organisation: c.organisation,
    email: c.email,
    phone: c.phone,
    address: c.address,
    website: c.website,
  };
}

export function callApiUrl(baseUrl: string, slug: string): string {
  return `${baseUrl}/api/v1/calls/${encodeURIComponent(slug)}`;
}

export function presentCallSummary(
  call: CallSummaryRecord & Pick<CallDetailRecord, "facts">,
  baseUrl: string,
): z.infer<typeof CallSummary> {
  return {
    slug: call.slug,
    title: call.title,
    code: call.code,
    language: call.language,
    status: call.status,
    opensOn: call.opensOn,
    rolling: call.isRolling,
    nextDeadline: call.nextDeadline ? presentDeadline(call.nextDeadline) : null,
    programme: call.programme
      ? {
          slug: call.programme.slug,
          name: call.programme.name,
          nameEn: call.programme.nameEn,
          shortName: call.programme.shortName,
        }
      : null,
    partnersNeeded: call.facts.partners.needed,
    partnersInherited: call.facts.partners.inherited,
    introduction: readableMarkdown(call.introduction),
    updatedAt: call.updatedAt,
    links: { self: callApiUrl(baseUrl, call.slug), html: siteLinks(baseUrl, "call", call.slug) },
  };
}

export function presentCallDetail(call: CallDetailRecord, baseUrl: string): z.infer<typeof CallDetail> {
  const row = call.row;
  const summary = presentCallSummary(call, baseUrl);
  return {
    ...summary,
    deadlines: call.deadlines.map(presentDeadline),
    objectives: row.objectives,
    infoContact: row.infoContact,
    themes: call.themes.map(presentNamed),
    themesInherited: call.themesInherited,
    beneficiaryTypes: call.beneficiaryTypes.map(presentNamed),
    beneficiaryTypesInherited: call.beneficiaryTypesInherited,
    partnersNote: call.partnersNote,
    projectType: row.projectType,
    funding: {
      budgetEur: row.budgetAmountEur,
      budgetNote: row.budgetNote,
      expectedGrants: row.expectedGrants,
      minContributionEur: row.minContributionEur,
      maxContributionEur: row.maxContributionEur,
      cofinancingShares: call.shares,
      cofinancingNote: row.cofinancingNote,
    },
    parentCall: row.parentCallCode ? { code: row.parentCallCode, title: row.parentCallTitle } : null,
    sourceUrl: row.url,
    submissionUrl: row.submissionUrl,
    links: { ...summary.links, calendar: `${summary.links.html.nl}/agenda.ics`, more: call.links },
    contacts: call.contacts.map(presentContact),
    events: call.events.map((e) => ({
      slug: e.slug,
      title: e.title,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      online: e.isOnline,
    })),
    publishedAt: row.publishedAt,
  };
}
