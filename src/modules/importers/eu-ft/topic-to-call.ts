import slugify from "@sindresorhus/slugify";
import { type CallInput, callInput } from "../../calls/call.input.js";
import type { ProgrammeInput } from "../../programmes/programme.input.js";
import { withoutPortalBoilerplate, withoutSectionLabel } from "./portal-boilerplate.js";
import { portalMoment } from "./portal-dates.js";
import { portalCode, portalProgramme } from "./portal-programme.js";
import { portalLabel, portalText } from "./portal-text.js";
import type { PortalTopic } from "./portal-topic.js";
import type { ThemeMapping } from "./theme-mapping.js";

export type TopicConversion = { ok: true; call: CallInput; programme: ProgrammeInput | null } | { ok: false; reason: string };

export const PORTAL_LINK_LABEL = "EU Funding & Tenders Portal";

/** A portal topic as the call the guide shows, or why it cannot be one (the origin of the record names its code). */
export function topicToCall(topic: PortalTopic, themes: ThemeMapping, source: string): TopicConversion {
  if (!topic.code || !topic.externalId) return { ok: false, reason: "the record has no identifier" };
  const title = portalLabel(withoutSectionLabel(topic.title ?? topic.summary ?? ""));
  if (!title) return { ok: false, reason: "the record has no title" };
  const deadlines = topicDeadlines(topic);
  if (typeof deadlines === "string") return { ok: false, reason: deadlines };
  const programme = topic.frameworkProgramme
    ? portalProgramme(topic.frameworkProgramme.id, topic.frameworkProgramme.label)
    : null;
  const summary = withoutPortalBoilerplate(portalText(topic.summary), title);
  const url = topic.url?.trim() || null;
  const themeSlugs = themes.themesFor({
    programmeShortName: topic.frameworkProgramme ? portalCode(topic.frameworkProgramme.id, topic.frameworkProgramme.label) : null,
    divisions: topic.divisions,
    destination: topic.destination,
    texts: [title, summary ?? "", ...topic.keywords],
  });
  const parsed = callInput.safeParse({
    slug: slugify(topic.externalId, { decamelize: false }).slice(0, 160),
    title,
    code: topic.code,
    programme: programme?.slug ?? null,
    opensOn: portalMoment(topic.opensAt)?.date ?? null,
    deadlines,
    introduction: [summary, withoutPortalBoilerplate(portalText(topic.description), title)].filter(Boolean).join("\n\n") || null,
    projectType: portalLabel(topic.actionType),
    budgetAmountEur: topic.budget?.totalEur ?? null,
    expectedGrants: topic.budget?.expectedGrants ?? null,
    minContributionEur: topic.budget?.minContributionEur ?? null,
    maxContributionEur: topic.budget?.maxContributionEur ?? null,
    url,
    links: url ? [{ label: PORTAL_LINK_LABEL, url }] : [],
    parentCallCode: portalLabel(topic.callIdentifier),
    parentCallTitle: portalLabel(topic.callTitle),
    language: "en",
    themes: themeSlugs.length ? themeSlugs : null,
    source,
    externalId: topic.externalId,
  });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    return { ok: false, reason: issues };
  }
  return { ok: true, call: parsed.data, programme };
}

/**
 * Every deadline in Brussels wall-clock time, in date order. A date without time stays a
 * date: the guide does not guess the hour the portal did not give. Two-stage topics label
 * their deadlines by stage.
 */
function topicDeadlines(topic: PortalTopic): CallInput["deadlines"] | string {
  const moments = [];
  for (const value of topic.deadlines) {
    const moment = portalMoment(value);
    if (!moment) return `deadline "${String(value)}" is not a date`;
    moments.push(moment);
  }
  moments.sort((a, b) => `${a.date}T${a.time ?? "24:00"}`.localeCompare(`${b.date}T${b.time ?? "24:00"}`));
  return moments.map((m, index) => ({ ...m, label: topic.twoStage ? `stage ${index + 1}` : null }));
}
