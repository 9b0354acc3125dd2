import { AppError } from "../../errors.js";
import { formatDate, formatTime } from "../../platform/i18n/format.js";
import type { EntityType, Trx } from "./save-entity.js";

/** The save that came in between: who made it, when, and the version it left. */
export interface InterveningSave {
  version: number;
  actor: string;
  savedAt: string;
}

/**
 * A save refused because the record changed after the editor (or importer) read it. It
 * names who saved in between and when, so the person refused knows whose work to look at.
 */
export class VersionConflict extends AppError {
  constructor(
    readonly entityType: EntityType,
    readonly entityId: number,
    readonly expectedVersion: number,
    readonly latest: InterveningSave,
  ) {
    super(
      "version_conflict",
      `${entityType} ${entityId}: edited version ${expectedVersion}, stored version ${latest.version}, saved by ${latest.actor} at ${latest.savedAt}`,
    );
  }

  override messageIn(lang: "nl" | "en"): string {
    const { actor, savedAt } = this.latest;
    const date = formatDate(lang, savedAt);
    const time = formatTime(lang, savedAt);
    return lang === "nl"
      ? `${actor} heeft dit record intussen bewaard, op ${date} om ${time}. Uw versie is niet bewaard en niets is overschreven: bekijk die wijzigingen en bewaar daarna opnieuw.`
      : `${actor} saved this record in the meantime, on ${date} at ${time}. Your version was not saved and nothing was overwritten: look at those changes, then save again.`;
  }
}

/** The conflict for a record whose stored version is no longer `expectedVersion`. */
export async function versionConflict(
  trx: Trx,
  entityType: EntityType,
  entityId: number,
  expectedVersion: number,
): Promise<VersionConflict> {
  const latest = await trx
    .selectFrom("revisions")
    .select(["version", "actor", "createdAt as savedAt"])
    .where("entityType", "=", entityType)
    .where("entityId", "=", entityId)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirstOrThrow();
  return new VersionConflict(entityType, entityId, expectedVersion, latest);
}
