import type { Kysely } from "kysely";
import type { Database, Row } from "../../platform/db/schema.js";
import { visibleTo } from "../history/visibility.js";
import { type CallStatus, callStatus } from "./call-status.js";

/** Another edition of a call: the same programme's action in an earlier or later year. */
export interface SeriesMember {
  slug: string;
  title: string;
  code: string;
  language: string;
  year: number;
  status: CallStatus;
  /** Published for a later year than the call being read. */
  newer: boolean;
}

/** The year inside a call code, as the portal writes it: ERASMUS-EDU-2026-PEX-COVE. */
const CODE_YEAR = /(?<=^|-)(20\d\d)(?=-|$)/;

/** The code with its year left open, or null when the code names no year. */
export function seriesKey(code: string | null): { pattern: string; year: number } | null {
  const match = code ? CODE_YEAR.exec(code) : null;
  if (!code || !match?.[1]) return null;
  return { pattern: code.replace(CODE_YEAR, "____"), year: Number(match[1]) };
}

/**
 * Editions of one series share the programme and the code but for its year. LIKE's "_"
 * leaves the year open in SQL; the exact shape is checked again here, as "_" also
 * matches a letter and SQLite's LIKE ignores case.
 */
export async function seriesOf(
  db: Kysely<Database>,
  call: Pick<Row<"calls">, "id" | "code" | "programmeId">,
  now: Date,
): Promise<SeriesMember[]> {
  const key = seriesKey(call.code);
  if (!key || call.programmeId === null) return [];
  const rows = await db
    .selectFrom("calls")
    .select(["slug", "title", "code", "language", "opensOn", "closesAt", "isRolling"])
    .where("programmeId", "=", call.programmeId)
    .where("code", "like", key.pattern)
    .where("id", "<>", call.id)
    .where(visibleTo(now, "calls"))
    .execute();
  return rows
    .flatMap((row) => {
      const other = seriesKey(row.code);
      if (!row.code || !other || other.pattern !== key.pattern || other.year === key.year) return [];
      const status = callStatus(row, now);
      return [
        {
          slug: row.slug,
          title: row.title,
          code: row.code,
          language: row.language,
          year: other.year,
          status,
          newer: other.year > key.year,
        },
      ];
    })
    .sort((a, b) => a.year - b.year);
}
