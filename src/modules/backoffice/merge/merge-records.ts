import { AppError } from "../../../errors.js";
import { articleStore } from "../../articles/article.store.js";
import type { CallInput } from "../../calls/call.input.js";
import { callStore } from "../../calls/call.store.js";
import { contactStore } from "../../contacts/contact.store.js";
import { moveContactLinks, renameContact } from "../../contacts/contact-merge.js";
import type { CatalogueWriter, TransactionWriter } from "../../history/catalogue-writer.js";
import { type LinkingRecord, type LinkRenames, renameLinks } from "../../history/link-renames.js";
import type { EntityStore, Trx } from "../../history/save-entity.js";
import { redirectSlug, retargetRedirects } from "../../history/slug-redirects.js";
import { mapProgrammeLabel } from "../../importers/programme-labels.js";
import type { ProgrammeInput } from "../../programmes/programme.input.js";
import { programmeStore } from "../../programmes/programme.store.js";
import { parseSearchParams, toSearchParams } from "../../search/search.types.js";
import type { ThemeInput } from "../../themes/theme.input.js";
import { themeStore } from "../../themes/theme.store.js";
import { type Actor, logAction } from "../audit-log.js";
import { type MergeKind, mergeKinds } from "./merge-kinds.js";
import { type LinkedRecord, type MergePlan, planMerge, savedSearchesNaming } from "./merge-plan.js";

export interface MergeRequest {
  kind: MergeKind;
  mergedSlug: string;
  keptSlug: string;
  actor: Actor;
  /** The versions the preview showed: a record changed since then refuses the merge. */
  expectedVersions?: { merged: number; kept: number };
  now: Date;
}

/**
 * Merges one record into another in one transaction: every call, article and programme that
 * named the merged record names the kept one (a minor save each, so their revisions and
 * public history show it and no alert goes out), follows, saved searches, profiles and
 * import labels move over, the merged record is removed with a last revision, its address
 * (and every old address it had) redirects to the kept one, and the audit log says who did it.
 */
export async function mergeRecords(writer: CatalogueWriter, request: MergeRequest): Promise<MergePlan> {
  return writer.transaction(
    async (tx) => {
      const plan = await planMerge(tx.trx, request.kind, request.mergedSlug, request.keptSlug);
      const expected = request.expectedVersions;
      if (expected && (expected.merged !== plan.merged.version || expected.kept !== plan.kept.version)) {
        throw new AppError("merge_changed");
      }
      if (plan.kind === "contact") await relinkContact(tx, plan, request);
      else {
        const renames: LinkRenames = { [request.kind]: new Map([[plan.merged.slug, plan.kept.slug]]) };
        for (const record of plan.records) await relink(tx, record, renames, request);
      }
      await moveFollows(tx.trx, plan);
      await rewriteSavedSearches(tx.trx, plan);
      await moveProfiles(tx.trx, plan);
      if (plan.kind === "programme") await moveLabels(tx.trx, plan, request);
      const rules = mergeKinds[plan.kind];
      await tx.remove(rules.store, {
        id: plan.merged.id,
        actor: request.actor.label,
        note: { mergedInto: plan.kept.slug },
        now: request.now,
      });
      await retargetRedirects(tx.trx, rules.entityType, plan.merged.id, plan.kept.id);
      await redirectSlug(tx.trx, rules.entityType, plan.merged.slug, plan.kept.id, request.now.toISOString());
      const detail = `${plan.merged.slug} → ${plan.kept.slug}`;
      await logAction(tx.trx, request.actor, "merge", { type: rules.entityType, id: plan.kept.id }, request.now, detail);
      return plan;
    },
    { batch: true },
  );
}

const linkingStores = { call: callStore, programme: programmeStore, article: articleStore, theme: themeStore } as const;

async function relink(tx: TransactionWriter, record: LinkedRecord, renames: LinkRenames, request: MergeRequest) {
  await saveRenamed(tx, record, request, (input: LinkingRecord["input"]) =>
    renameLinks({ kind: record.type, input } as LinkingRecord, renames),
  );
}

/** Saves a linked record with its links renamed: a minor save, so its history shows it and no alert goes out. */
async function saveRenamed<I extends Record<string, unknown>>(
  tx: TransactionWriter,
  record: LinkedRecord,
  request: MergeRequest,
  rename: (input: I) => I,
) {
  const store = linkingStores[record.type] as unknown as EntityStore<I>;
  const loaded = await store.load(tx.trx, record.id);
  if (!loaded) throw new AppError("merge_changed", `${record.type} ${record.slug}`);
  await tx.save(store, {
    id: record.id,
    input: rename(loaded.input),
    expectedVersion: loaded.version,
    actor: request.actor.label,
    minor: true,
    now: request.now,
  });
}

/** Every call, programme and theme naming the merged contact is saved naming the kept one; links left over move. */
async function relinkContact(tx: TransactionWriter, plan: MergePlan, request: MergeRequest) {
  const [merged, kept] = await Promise.all([contactStore.load(tx.trx, plan.merged.id), contactStore.load(tx.trx, plan.kept.id)]);
  if (!merged || !kept) throw new AppError("merge_changed", `${plan.merged.slug} ${plan.kept.slug}`);
  for (const record of plan.records) {
    await saveRenamed(tx, record, request, (input: CallInput | ProgrammeInput | ThemeInput) =>
      renameContact(input, merged.input, kept.input),
    );
  }
  await moveContactLinks(tx.trx, plan.merged.id, plan.kept.id);
}

/** Followers of the merged record follow the kept one; who followed both follows it once. */
async function moveFollows(trx: Trx, plan: MergePlan) {
  const subjectType = mergeKinds[plan.kind].followType;
  if (!subjectType) return;
  const keptFollowers = trx
    .selectFrom("follows")
    .select("userId")
    .where("subjectType", "=", subjectType)
    .where("subjectId", "=", plan.kept.id);
  await trx
    .deleteFrom("follows")
    .where("subjectType", "=", subjectType)
    .where("subjectId", "=", plan.merged.id)
    .where("userId", "in", keptFollowers)
    .execute();
  await trx
    .updateTable("follows")
    .set({ subjectId: plan.kept.id })
    .where("subjectType", "=", subjectType)
    .where("subjectId", "=", plan.merged.id)
    .execute();
}

async function rewriteSavedSearches(trx: Trx, plan: MergePlan) {
  const field = mergeKinds[plan.kind].searchField;
  if (!field) return;
  for (const saved of await savedSearchesNaming(trx, plan.kind, plan.merged.slug)) {
    const { query } = parseSearchParams(new URLSearchParams(saved.query));
    const values = [...new Set(query[field].map((slug) => (slug === plan.merged.slug ? plan.kept.slug : slug)))];
    const rewritten = toSearchParams({ ...query, [field]: values, page: 1 }).toString();
    await trx.updateTable("savedSearches").set({ query: rewritten }).where("id", "=", saved.id).execute();
  }
}

async function moveProfiles(trx: Trx, plan: MergePlan) {
  if (plan.kind === "beneficiary_type") {
    await trx
      .updateTable("users")
      .set({ organisationTypeId: plan.kept.id })
      .where("organisationTypeId", "=", plan.merged.id)
      .execute();
  }
  if (plan.kind !== "theme") return;
  const keptThemes = trx.selectFrom("profileThemes").select("userId").where("themeId", "=", plan.kept.id);
  await trx.deleteFrom("profileThemes").where("themeId", "=", plan.merged.id).where("userId", "in", keptThemes).execute();
  await trx.updateTable("profileThemes").set({ themeId: plan.kept.id }).where("themeId", "=", plan.merged.id).execute();
}

/** Later imports that meet the merged programme's labels attach their calls to the kept one. */
async function moveLabels(trx: Trx, plan: MergePlan, request: MergeRequest) {
  for (const label of plan.labels) {
    await mapProgrammeLabel(trx, { label, programmeId: plan.kept.id, actor: request.actor.label, now: request.now });
  }
}
