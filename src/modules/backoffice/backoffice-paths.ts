import { segments } from "../../platform/http/paths.js";
import type { Lang } from "../../platform/i18n/translate.js";
import type { EntityType } from "../history/save-entity.js";

/** The kinds of record the back office edits, named by their public section. */
export const RECORD_SECTIONS = ["calls", "programmes", "events", "articles", "themes", "beneficiaries", "contacts"] as const;
export type RecordSection = (typeof RECORD_SECTIONS)[number];

/** The sections of records with drafts and publishing, which the dashboard counts. */
export type WorkflowSection = "calls" | "programmes" | "events" | "articles";

/** The kind of record each section edits, as revisions, redirects and the audit log name it. */
export const SECTION_TYPES = {
  calls: "call",
  programmes: "programme",
  events: "event",
  articles: "article",
  themes: "theme",
  beneficiaries: "beneficiary_type",
  contacts: "contact",
} as const satisfies Record<RecordSection, EntityType>;

/** Back-office addresses: /beheer/oproepen/12 in Dutch, /en/admin/calls/12 in English. Records go by id: slugs change. */
export function backofficePaths(lang: Lang) {
  const s = segments[lang];
  const root = `${lang === "nl" ? "" : `/${lang}`}/${s.backoffice}`;
  return {
    root,
    list: (section: RecordSection) => `${root}/${s[section]}`,
    newRecord: (section: RecordSection) => `${root}/${s[section]}/${s.newRecord}`,
    record: (section: RecordSection, id: number) => `${root}/${s[section]}/${id}`,
    revisions: (section: RecordSection, id: number) => `${root}/${s[section]}/${id}/${s.revisions}`,
    auditLog: `${root}/${s.auditLog}`,
    merge: `${root}/${s.merge}`,
    importLabels: `${root}/${s.importLabels}`,
    unlinkLabel: `${root}/${s.importLabels}/${s.unlink}`,
    imports: `${root}/${s.imports}`,
    commitImport: `${root}/${s.imports}/${s.commit}`,
    users: `${root}/${s.users}`,
    userAction: (id: number, action: "role" | "deactivate" | "reactivate") => `${root}/${s.users}/${id}/${s[action]}`,
    presence: `${root}/presence`,
  };
}

export type BackofficePaths = ReturnType<typeof backofficePaths>;
