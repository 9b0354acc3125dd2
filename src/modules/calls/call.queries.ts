import type { Kysely } from "kysely";
import type { Database, Row } from "../../platform/db/schema.js";
import { brusselsDate } from "../../platform/time/brussels.js";
import { visibleTo } from "../history/visibility.js";
import type { CallFacts } from "./call-facts.js";
import { readCalls } from "./call-reader.js";
import type { CallStatus } from "./call-status.js";

export interface Named {
  slug: string;
  nameNl: string;
  nameEn: string;
}

export interface CallSummary {
  id: number;
  slug: string;
  title: string;
  code: string | null;
  language: string;
  status: CallStatus;
  opensOn: string | null;
  isRolling: boolean;
  closesAt: string | null;
  /** The first deadline still ahead, or null when all have passed or there are none. */
  nextDeadline: Deadline | null;
  programme: { slug: string; name: string; nameEn: string | null; language: string; shortName: string | null } | null;
  introduction: string | null;
  updatedAt: string;
}

export interface Deadline {
  date: string;
  time: string | null;
  at: string;
  label: string | null;
}

export interface CallDetail extends CallSummary {
  row: Row<"calls">;
  deadlines: Deadline[];
  shares: { source: string; bound: "max" | "min"; percent: number }[];
  links: { label: string; url: string }[];
  contacts: Row<"contacts">[];
  themes: Named[];
  themesInherited: boolean;
  beneficiaryTypes: Named[];
  beneficiaryTypesInherited: boolean;
  events: { slug: string; title: string; startsAt: string; endsAt: string | null; isOnline: boolean }[];
  /** The call's note on partners, or its programme's when the call follows the programme's rule (facts.partners). */
  partnersNote: string | null;
  facts: CallFacts;
}

export interface CallListFilter {
  statuses?: CallStatus[];
  programmeId?: number;
  themeId?: number;
  beneficiaryTypeId?: number;
  order?: "deadline" | "newest" | "title";
  limit?: number;
  offset?: number;
}

/** Published calls with derived status; status filters run in SQL with the same rule as callStatus. */
export async function listCalls(
  db: Kysely<Database>,
  filter: CallListFilter,
  now: Date,
): Promise<{ total: number; calls: CallDetail[] }> {
  const today = brusselsDate(now);
  const at = now.toISOString();
  let query = db.selectFrom("calls").where(visibleTo(now, "calls"));
  if (filter.statuses?.length) {
    const statuses = filter.statuses;
    query = query.where((eb) =>
      eb.or(
        statuses.map((status) => {
          const notForthcoming = eb.or([eb("opensOn", "is", null), eb("opensOn", "<=", today)]);
          if (status === "forthcoming") return eb("opensOn", ">", today);
          if (status === "closed") return eb.and([notForthcoming, eb("isRolling", "=", 0), eb("closesAt", "<", at)]);
          return eb.and([notForthcoming, eb.or([eb("isRolling", "=", 1), eb("closesAt", "is", null), eb("closesAt", ">=", at)])]);
        }),
      ),
    );
  }
  if (filter.programmeId !== undefined) query = query.where("programmeId", "=", filter.programmeId);
  if (filter.themeId !== undefined) {
    const themeId = filter.themeId;
    query = query.where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom("callThemes")
            .select("callId")
            .whereRef("callThemes.callId", "=", "calls.id")
            .where("themeId", "=", themeId),
        ),
        eb.and([
          eb("ownThemes", "=", 0),
          eb.exists(
            eb
              .selectFrom("programmeThemes")
              .select("programmeId")
              .whereRef("programmeThemes.programmeId", "=", "calls.programmeId")
              .where("themeId", "=", themeId),
          ),
        ]),
      ]),
    );
  }
  if (filter.beneficiaryTypeId !== undefined) {
    const typeId = filter.beneficiaryTypeId;
    query = query.where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom("callBeneficiaryTypes")
            .select("callId")
            .whereRef("callBeneficiaryTypes.callId", "=", "calls.id")
            .where("beneficiaryTypeId", "=", typeId),
        ),
        eb.and([
          eb("ownBeneficiaries", "=", 0),
          eb.exists(
            eb
              .selectFrom("programmeBeneficiaryTypes")
              .select("programmeId")
              .whereRef("programmeBeneficiaryTypes.programmeId", "=", "calls.programmeId")
              .where("beneficiaryTypeId", "=", typeId),
          ),
        ]),
      ]),
    );
  }
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow();
  let rows = query.select("id");
  const order = filter.order ?? "deadline";
  if (order === "deadline") {
    // Upcoming deadlines first (nearest first), then calls without a deadline, then past ones (latest first).
    rows = rows
      .orderBy((eb) => eb.case().when("closesAt", ">=", at).then(0).when("closesAt", "is", null).then(1).else(2).end())
      .orderBy((eb) => eb.case().when("closesAt", ">=", at).then(eb.ref("closesAt")).else(null).end())
      .orderBy("closesAt", "desc");
  } else if (order === "newest") {
    rows = rows.orderBy("createdAt", "desc");
  } else {
    rows = rows.orderBy("title");
  }
  const result = await rows
    .orderBy("id")
    .limit(filter.limit ?? 50)
    .offset(filter.offset ?? 0)
    .execute();
  return {
    total: Number(total),
    calls: await readCalls(
      db,
      result.map((r) => r.id),
      now,
    ),
  };
}
