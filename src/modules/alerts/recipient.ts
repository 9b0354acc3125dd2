import type { Kysely, Transaction } from "kysely";
import type { Database, DigestFrequency, FollowSubjectType } from "../../platform/db/schema.js";
import type { Lang } from "../../platform/i18n/translate.js";

/** A saved search as the digest reads it: new results are those published after `lastSeenAt`. */
export interface RecipientSearch {
  id: number;
  name: string;
  /** The canonical search parameters (toSearchParams), without page. */
  query: string;
  lastSeenAt: string;
}

/**
 * Someone a digest can go to, whatever made them one (a member's account, an e-mail
 * subscription without account). Follows list only what may be mailed about: muted follows
 * are left out by the source.
 */
export interface Recipient {
  /** Unique over every source: "user:42", "subscription:7". */
  key: string;
  email: string;
  language: Lang;
  frequency: DigestFrequency;
  follows: Record<FollowSubjectType, readonly number[]>;
  searches: readonly RecipientSearch[];
  /** Whole days before a deadline at which to remind, such as [30, 7, 1]. */
  reminderDays: readonly number[];
  /**
   * Where this recipient changes what they get, when not the member's notification settings
   * (a subscriber without account: their manage page, with its key). A site path.
   */
  settingsPath?: string;
}

/** What a digest link may ask a source to stop: the whole digest, one follow, or one saved search. */
export type StopTarget =
  | { kind: "digest" }
  | { kind: "follow"; type: FollowSubjectType; id: number }
  | { kind: "search"; id: number };

/**
 * One kind of recipient. Sources stream their recipients in batches by a numeric keyset, so
 * a digest run never holds them all, and own what a recipient's links change.
 */
export interface RecipientSource {
  /** The key prefix: a recipient of this source has the key `${prefix}:${id}`. */
  prefix: string;
  /** Up to `limit` recipients whose id is above `afterId`, in id order, with their ids. */
  page(db: Kysely<Database>, afterId: number, limit: number): Promise<{ id: number; recipient: Recipient }[]>;
  /** Reported results of these saved searches are old from `at` on: called in the transaction that stores the digest. */
  markSearchesSeen(trx: Transaction<Database>, id: number, searchIds: readonly number[], at: string): Promise<void>;
  /** Stops what a link names; doing it twice is doing it once. */
  stop(db: Kysely<Database>, id: number, target: StopTarget, now: Date): Promise<void>;
  /** The name of one of the recipient's saved searches, for the page of its "no more mails" link. */
  searchName?(db: Kysely<Database>, id: number, searchId: number): Promise<string | undefined>;
  /** Follows a call from a digest's "volgen" link; undefined when this source cannot follow calls. */
  followCall?(db: Kysely<Database>, id: number, callId: number, now: Date): Promise<void>;
}

export const DEFAULT_FREQUENCY: DigestFrequency = "daily";
export const DEFAULT_REMINDER_DAYS: readonly number[] = [30, 7, 1];

export function recipientKey(source: RecipientSource, id: number): string {
  return `${source.prefix}:${id}`;
}

/** The source and id behind a recipient key, or undefined when no source has it. */
export function parseRecipientKey(
  sources: readonly RecipientSource[],
  key: string,
): { source: RecipientSource; id: number } | undefined {
  const [prefix, raw] = key.split(":");
  const source = sources.find((s) => s.prefix === prefix);
  const id = Number(raw);
  return source && Number.isSafeInteger(id) && id > 0 ? { source, id } : undefined;
}

/** Every recipient of every source, a batch at a time. */
export async function* recipientBatches(
  db: Kysely<Database>,
  sources: readonly RecipientSource[],
  batchSize = 500,
): AsyncGenerator<{ source: RecipientSource; id: number; recipient: Recipient }[]> {
  for (const source of sources) {
    let afterId = 0;
    for (;;) {
      const page = await source.page(db, afterId, batchSize);
      if (page.length === 0) break;
      afterId = page.at(-1)?.id ?? afterId;
      yield page.map((row) => ({ source, ...row }));
      if (page.length < batchSize) break;
    }
  }
}
