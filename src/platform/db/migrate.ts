import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import * as catalogue from "./migrations/0001-catalogue.js";
import * as search from "./migrations/0002-search.js";
import * as statusMarks from "./migrations/0003-call-status-marks.js";
import * as searchWithoutPrefixIndex from "./migrations/0004-search-without-prefix-index.js";
import * as searchFieldVectors from "./migrations/0005-search-field-vectors.js";
import * as searchVectorsTable from "./migrations/0006-search-vectors-table.js";
import * as enforcedVersions from "./migrations/0007-enforced-versions.js";
import * as jobStates from "./migrations/0008-job-states.js";
import * as rateLimits from "./migrations/0011-rate-limits.js";
import * as accounts from "./migrations/0013-accounts.js";
import * as followsAndSavedSearches from "./migrations/0015-follows-and-saved-searches.js";
import * as profileThemes from "./migrations/0016-profile-themes.js";
import * as changeNotices from "./migrations/0017-change-notices.js";
import * as callSubmissionUrl from "./migrations/0019-call-submission-url.js";
import * as notificationSettings from "./migrations/0020-notification-settings.js";
import * as digestTriage from "./migrations/0021-digest-triage.js";
import * as changeCommitOrder from "./migrations/0022-change-commit-order.js";
import * as calendarFeeds from "./migrations/0025-calendar-feeds.js";
import * as alertSubscriptions from "./migrations/0026-alert-subscriptions.js";
import * as pendingRevisions from "./migrations/0030-pending-revisions.js";
import * as slugRedirects from "./migrations/0031-slug-redirects.js";
import * as auditLog from "./migrations/0032-audit-log.js";
import * as recordPresence from "./migrations/0033-record-presence.js";
import * as programmeLabels from "./migrations/0035-programme-labels.js";
import * as accountDeactivation from "./migrations/0036-account-deactivation.js";
import * as outbox from "./migrations/0040-outbox.js";
import * as callsClosedByProgrammePeriod from "./migrations/0045-calls-closed-by-programme-period.js";
import * as searchFollowsWrites from "./migrations/0046-search-follows-writes.js";
import * as programmeEnglishNames from "./migrations/0047-programme-english-names.js";
import * as inheritedBeneficiaryTypes from "./migrations/0048-inherited-beneficiary-types.js";
import * as sharedContacts from "./migrations/0050-shared-contacts.js";
import * as outboxBodies from "./migrations/0058-outbox-bodies.js";
import * as outboxFailedIndex from "./migrations/0059-outbox-failed-index.js";
import * as storedScoredFields from "./migrations/0060-stored-scored-fields.js";
import * as searchPhrasePairs from "./migrations/0065-search-phrase-pairs.js";
import type { Database } from "./schema.js";

/**
 * Migrations are listed here in order rather than read from a folder, so they run the same
 * from source, from a bundle and in tests. Append new ones; never edit one that has shipped.
 */
const migrations: Record<string, Migration> = {
  "0001-catalogue": catalogue,
  "0002-search": search,
  "0003-call-status-marks": statusMarks,
  "0004-search-without-prefix-index": searchWithoutPrefixIndex,
  "0005-search-field-vectors": searchFieldVectors,
  "0006-search-vectors-table": searchVectorsTable,
  "0007-enforced-versions": enforcedVersions,
  "0008-job-states": jobStates,
  "0011-rate-limits": rateLimits,
  "0013-accounts": accounts,
  "0015-follows-and-saved-searches": followsAndSavedSearches,
  "0016-profile-themes": profileThemes,
  "0017-change-notices": changeNotices,
  "0020-notification-settings": notificationSettings,
  "0021-digest-triage": digestTriage,
  "0025-calendar-feeds": calendarFeeds,
  "0026-alert-subscriptions": alertSubscriptions,
  "0035-programme-labels": programmeLabels,
  "0036-account-deactivation": accountDeactivation,
  "0040-outbox": outbox,
  "0045-calls-closed-by-programme-period": callsClosedByProgrammePeriod,
  "0047-programme-english-names": programmeEnglishNames,
  "0048-inherited-beneficiary-types": inheritedBeneficiaryTypes,
  "0050-shared-contacts": sharedContacts,
  "0019-call-submission-url": callSubmissionUrl,
  "0030-pending-revisions": pendingRevisions,
  "0031-slug-redirects": slugRedirects,
  "0032-audit-log": auditLog,
  "0033-record-presence": recordPresence,
  "0022-change-commit-order": changeCommitOrder,
  "0046-search-follows-writes": searchFollowsWrites,
  "0058-outbox-bodies": outboxBodies,
  "0059-outbox-failed-index": outboxFailedIndex,
  "0060-stored-scored-fields": storedScoredFields,
  "0065-search-phrase-pairs": searchPhrasePairs,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export interface MigrationReport {
  applied: string[];
}

/** `schema`: PostgreSQL only, keeps the migration bookkeeping beside the tables it describes. */
export async function migrateToLatest(db: Kysely<Database>, schema?: string): Promise<MigrationReport> {
  // Numbers are reserved per feature, so a lower one may ship after a higher one has run.
  const migrator = new Migrator({
    db,
    provider,
    allowUnorderedMigrations: true,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return { applied: (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName) };
}
