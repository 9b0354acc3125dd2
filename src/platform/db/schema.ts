import type { Generated, Insertable, Selectable, Updateable } from "kysely";

/**
 * The whole database as Kysely sees it. Columns are snake_case in SQL and camelCase here
 * (CamelCasePlugin). Instants are ISO-8601 UTC strings and flags are 0/1 integers in both
 * dialects, so SQLite and PostgreSQL return exactly the same values.
 */
/** draft and unpublished: never shown; scheduled: published by the worker at `publishAt`. */
export type PublicationState = "draft" | "scheduled" | "published" | "unpublished" | "archived";
export type Tristate = "yes" | "no" | "sometimes";

interface Publication {
  state: Generated<PublicationState>;
  publishAt: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
  version: Generated<number>;
  source: Generated<string>;
  externalId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ContactsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  role: string | null;
  organisation: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  website: string | null;
  version: Generated<number>;
  /** null: a contact from before contacts had a history of their own. */
  createdAt: string | null;
  updatedAt: string | null;
}

export interface ThemesTable {
  id: Generated<number>;
  slug: string;
  nameNl: string;
  nameEn: string;
  description: string | null;
  contactId: number | null;
  position: Generated<number>;
  version: Generated<number>;
}

export type BeneficiaryTypesTable = Omit<ThemesTable, "contactId">;

export interface ProgrammesTable extends Publication {
  id: Generated<number>;
  slug: string;
  name: string;
  nameEn: string | null;
  shortName: string | null;
  period: string | null;
  managementMode: "direct" | "shared" | "indirect" | null;
  managingBodies: string | null;
  introduction: string | null;
  objectives: string | null;
  /** JSON: KeyAction[] */
  keyActions: Generated<string>;
  projectTypes: string | null;
  partnersNeeded: Tristate | null;
  partnersNote: string | null;
  cofinancing: string | null;
  maxDuration: string | null;
  applicationProcedure: string | null;
  budgetAmountEur: number | null;
  budgetNote: string | null;
  website: string | null;
  language: Generated<string>;
  /** JSON: FreeSection[] */
  extraSections: Generated<string>;
  isStub: Generated<number>;
}

export interface ProgrammeLegislationTable {
  programmeId: number;
  position: number;
  reference: string;
  title: string | null;
  url: string | null;
}

export interface ProgrammeSynergiesTable {
  programmeId: number;
  targetId: number;
  position: number;
  label: string | null;
}

export interface ProgrammeContactsTable {
  programmeId: number;
  contactId: number;
  position: number;
  label: string | null;
}

export interface CallsTable extends Publication {
  id: Generated<number>;
  slug: string;
  title: string;
  code: string | null;
  programmeId: number | null;
  opensOn: string | null;
  isRolling: Generated<number>;
  /** The last deadline's instant, kept in step by the writer for sorting and status filters. */
  closesAt: string | null;
  introduction: string | null;
  objectives: string | null;
  infoContact: string | null;
  partnersNeeded: Tristate | null;
  partnersNote: string | null;
  projectType: string | null;
  budgetAmountEur: number | null;
  budgetNote: string | null;
  expectedGrants: number | null;
  minContributionEur: number | null;
  maxContributionEur: number | null;
  cofinancingNote: string | null;
  url: string | null;
  parentCallCode: string | null;
  parentCallTitle: string | null;
  language: Generated<string>;
  ownBeneficiaries: Generated<number>;
  ownThemes: Generated<number>;
  extraSections: Generated<string>;
  submissionUrl: string | null;
}

export interface CallDeadlinesTable {
  callId: number;
  position: number;
  dueOn: string;
  dueTime: string | null;
  dueAt: string;
  label: string | null;
}

export interface CallCofinancingSharesTable {
  callId: number;
  position: number;
  source: string;
  bound: "max" | "min";
  percent: number;
}

export interface CallLinksTable {
  callId: number;
  position: number;
  label: string;
  url: string;
}

export interface CallContactsTable {
  callId: number;
  contactId: number;
  position: number;
}

export interface EventsTable extends Publication {
  id: Generated<number>;
  slug: string;
  title: string;
  summary: string | null;
  body: string | null;
  startsAt: string;
  endsAt: string | null;
  isOnline: Generated<number>;
  location: string | null;
  organiser: string | null;
  contactName: string | null;
  contactEmail: string | null;
  registrationUrl: string | null;
  recordingUrl: string | null;
  language: Generated<string>;
}

export interface ArticlesTable extends Publication {
  id: Generated<number>;
  slug: string;
  title: string;
  subtitle: string | null;
  body: string | null;
  language: Generated<string>;
}

export interface RevisionsTable {
  id: Generated<number>;
  entityType: string;
  entityId: number;
  version: number;
  actor: string;
  createdAt: string;
  changedFields: string;
  snapshot: string;
}

export interface ChangeRecordsTable {
  id: Generated<number>;
  entityType: string;
  entityId: number;
  kind: "created" | "updated" | "deleted";
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  actor: string;
  createdAt: string;
  /** 1 for a change an editor marked minor: shown in the history, never alerted. */
  minor: Generated<number>;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  passwordHash: string;
  name: string | null;
  language: Generated<string>;
  organisationName: string | null;
  organisationTypeId: number | null;
  region: string | null;
  roles: Generated<string>;
  verifiedAt: string | null;
  createdAt: string;
  /** Set by an admin: the account keeps its data but cannot log in. */
  deactivatedAt: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's random id: a leaked table opens no session. */
  idHash: string;
  userId: number;
  createdAt: string;
  lastSeenAt: string;
  /** The absolute end; the idle end is lastSeenAt plus the idle time. */
  expiresAt: string;
}

export type AccountTokenPurpose = "confirm" | "reset" | "login" | "email";

export interface AccountTokensTable {
  tokenHash: string;
  userId: number;
  purpose: AccountTokenPurpose;
  /** For "email": the address that becomes the login once confirmed. */
  newEmail: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  payload: Generated<string>;
  runAt: string;
  attempts: Generated<number>;
  lockedBy: string | null;
  lockedUntil: string | null;
  lastError: string | null;
  doneAt: string | null;
  createdAt: string;
  state: Generated<JobState>;
  failedAt: string | null;
  uniqueKey: string | null;
}

/** queued (waiting, or leased while `lockedUntil` lies ahead), done, or failed after its last try. */
export type JobState = "queued" | "done" | "failed";

/** One built mail waiting to be sent, sent (the server accepted it), or failed for good. */
export interface OutboxTable {
  id: Generated<number>;
  uniqueKey: string;
  recipient: string;
  subject: string;
  /** JSON object of extra headers (List-Unsubscribe and the like). */
  headers: Generated<string>;
  language: string | null;
  state: Generated<OutboxState>;
  runAt: string;
  attempts: Generated<number>;
  lockedBy: string | null;
  lockedUntil: string | null;
  lastError: string | null;
  messageId: string | null;
  smtpResponse: string | null;
  createdAt: string;
  sentAt: string | null;
  failedAt: string | null;
}

/** An outbox mail's two parts, written once when it is queued: the outbox row is what changes. */
export interface OutboxBodiesTable {
  outboxId: number;
  htmlBody: string;
  textBody: string;
}

/** queued (waiting, or leased while `lockedUntil` lies ahead), sent (accepted by the server), or failed. */
export type OutboxState = "queued" | "sent" | "failed";

export interface SearchDocumentsTable {
  id: Generated<number>;
  entityType: "call" | "programme" | "event" | "article";
  entityId: number;
  language: "nl" | "en";
  slug: string;
  title: string;
  code: string | null;
  /** The code as folded words ("erasmus edu 2024 pex cove"), to find a call by its code. */
  codeKey: string | null;
  introduction: string | null;
  body: string | null;
  titleTerms: string;
  codeTerms: string;
  introTerms: string;
  bodyTerms: string;
  partsTerms: string;
  /** The scorer's fields (scored-fields.ts): the term columns as token numbers; null while not published. */
  scoredFields: Buffer | null;
  /** Slugs as "|a|b|" (one for a call, several for an article). */
  programmes: string;
  programmeName: string | null;
  themes: string;
  beneficiaryTypes: string;
  partnersNeeded: Tristate | null;
  projectType: string | null;
  opensOn: string | null;
  closesAt: string | null;
  isRolling: number;
  /** JSON: ISO instants of every deadline, ascending. */
  deadlines: string;
  startsAt: string | null;
  sortDate: string;
  published: number;
  visibleFrom: string | null;
  seq: number;
}

export interface CallStatusMarksTable {
  callId: number;
  status: "forthcoming" | "open" | "closed";
  seenAt: string;
}

export interface RateLimitsTable {
  key: string;
  /** Epoch milliseconds of the window's first hit. */
  windowStart: number;
  hits: number;
  expiresAt: number;
}

export type FollowSubjectType = "theme" | "programme" | "call";
export type SearchFrequency = "none" | "daily" | "weekly";

export interface FollowsTable {
  userId: number;
  subjectType: FollowSubjectType;
  subjectId: number;
  createdAt: string;
  /** 1: still followed, but no mail reports it. */
  muted: Generated<number>;
}

export interface SavedSearchesTable {
  id: Generated<number>;
  userId: number;
  name: string;
  /** The canonical search parameters (toSearchParams), without page. */
  query: string;
  frequency: SearchFrequency;
  /** When the member last looked at its results: what was published after it is new. */
  lastSeenAt: string;
  createdAt: string;
}

export type DigestFrequency = "daily" | "weekly" | "off";

export interface NotificationSettingsTable {
  userId: number;
  frequency: DigestFrequency;
  /** JSON: whole days before a deadline, descending ([30, 7, 1]). */
  reminderDays: string;
  updatedAt: string;
}

export interface DigestCursorsTable {
  /** The recipient ("user:42"). */
  recipientKey: string;
  /**
   * The commit order of the last change record a stored digest has looked at: the record id
   * on SQLite, its transaction's id on PostgreSQL (`change_records.commit_order`).
   */
  changeCursor: number;
  /** Publications up to this instant have been reported. */
  coveredUntil: string;
  /** The period of the last stored digest ("2026-12-01", "2026-W49"). */
  lastPeriod: string;
}

export interface DigestTriageTable {
  recipientKey: string;
  callId: number;
  reason: string | null;
  createdAt: string;
}

/** An editor's choice: this raw label an importer meets means this programme. */
export interface ProgrammeLabelMappingsTable {
  label: string;
  programmeId: number;
  mappedBy: string;
  mappedAt: string;
}

/** The last import that met a raw label: its actor ("import:eu-ft"), the programme it would make, how many calls named it. */
export interface ProgrammeLabelSightingsTable {
  label: string;
  seenBy: string;
  proposedSlug: string;
  calls: number;
  lastSeenAt: string;
}

export interface CalendarFeedsTable {
  userId: number;
  tokenHash: string;
  createdAt: string;
}

export interface AlertAddressesTable {
  id: Generated<number>;
  email: string;
  language: string;
  createdAt: string;
}

export type AlertSubscriptionKind = "theme" | "search";

export interface AlertSubscriptionsTable {
  id: Generated<number>;
  addressId: number;
  kind: AlertSubscriptionKind;
  themeId: number | null;
  /** The canonical search parameters of a search subscription. */
  query: string | null;
  /** The theme's or the search's name, as the mails and the manage page show it. */
  name: string;
  subject: string;
  /** Until confirmed: the hash of the token in the confirmation mail. */
  confirmTokenHash: string | null;
  requestedAt: string;
  confirmedAt: string | null;
  lastSeenAt: string;
}

export interface PendingRevisionsTable {
  entityType: string;
  entityId: number;
  baseVersion: number;
  seq: number;
  actor: string;
  /** JSON: the whole input, as a revision's snapshot. */
  snapshot: string;
  minor: Generated<number>;
  publishAt: string | null;
  createdAt: string;
}

export interface SlugRedirectsTable {
  entityType: string;
  oldSlug: string;
  targetId: number;
  createdAt: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  userId: number | null;
  actor: string;
  action: string;
  entityType: string | null;
  entityId: number | null;
  detail: string | null;
  createdAt: string;
}

export interface RecordPresenceTable {
  entityType: string;
  entityId: number;
  userId: number;
  name: string;
  seenAt: string;
}

export interface Database {
  contacts: ContactsTable;
  themes: ThemesTable;
  beneficiaryTypes: BeneficiaryTypesTable;
  programmes: ProgrammesTable;
  programmeLegislation: ProgrammeLegislationTable;
  programmeSynergies: ProgrammeSynergiesTable;
  programmeContacts: ProgrammeContactsTable;
  programmeThemes: { programmeId: number; themeId: number };
  programmeBeneficiaryTypes: { programmeId: number; beneficiaryTypeId: number };
  calls: CallsTable;
  callDeadlines: CallDeadlinesTable;
  callCofinancingShares: CallCofinancingSharesTable;
  callLinks: CallLinksTable;
  callContacts: CallContactsTable;
  callThemes: { callId: number; themeId: number };
  callBeneficiaryTypes: { callId: number; beneficiaryTypeId: number };
  events: EventsTable;
  eventCalls: { eventId: number; callId: number };
  articles: ArticlesTable;
  articleThemes: { articleId: number; themeId: number };
  articleProgrammes: { articleId: number; programmeId: number };
  revisions: RevisionsTable;
  changeRecords: ChangeRecordsTable;
  users: UsersTable;
  sessions: SessionsTable;
  accountTokens: AccountTokensTable;
  jobs: JobsTable;
  outbox: OutboxTable;
  outboxBodies: OutboxBodiesTable;
  callStatusMarks: CallStatusMarksTable;
  follows: FollowsTable;
  savedSearches: SavedSearchesTable;
  profileThemes: { userId: number; themeId: number };
  searchDocuments: SearchDocumentsTable;
  /**
   * seq: the generation at which the row last changed; df 0: no published document has the token any more;
   * number: the token's in the scorer's fields, kept for as long as the row.
   */
  searchTerms: { term: string; word: string; df: number; seq: number; number: number };
  /** rebuilt: the generation of the last full rebuild of the index. */
  searchState: { id: number; generation: number; rebuilt: Generated<number> };
  rateLimits: RateLimitsTable;
  notificationSettings: NotificationSettingsTable;
  digestCursors: DigestCursorsTable;
  digestTriage: DigestTriageTable;
  linkKeys: { name: string; secret: string; createdAt: string };
  programmeLabelMappings: ProgrammeLabelMappingsTable;
  programmeLabelSightings: ProgrammeLabelSightingsTable;
  calendarFeeds: CalendarFeedsTable;
  alertAddresses: AlertAddressesTable;
  alertSubscriptions: AlertSubscriptionsTable;
  pendingRevisions: PendingRevisionsTable;
  slugRedirects: SlugRedirectsTable;
  auditLog: AuditLogTable;
  recordPresence: RecordPresenceTable;
}

export type Row<T extends keyof Database> = Selectable<Database[T]>;
export type NewRow<T extends keyof Database> = Insertable<Database[T]>;
export type RowUpdate<T extends keyof Database> = Updateable<Database[T]>;
