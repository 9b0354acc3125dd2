import { CsrfField } from "../../../platform/views/components/csrf-field.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { backofficePaths } from "../backoffice-paths.js";
import { MERGE_KINDS, type MergeKind, mergeKinds } from "../merge/merge-kinds.js";
import type { LinkedRecord, MergePlan } from "../merge/merge-plan.js";
import { BackofficeLayout } from "./backoffice-layout.js";

export type MergeChoices = Record<MergeKind, { slug: string; name: string }[]>;

/** One small form per kind: two records each, sent by GET so the preview has an address. */
export function MergeChooserPage({
  page,
  choices,
  chosen,
  error,
}: {
  page: PageContext;
  choices: MergeChoices;
  chosen?: { kind: string; merged: string; kept: string };
  error?: string;
}) {
  const { t } = page;
  const action = backofficePaths(page.lang).merge;
  return (
    <BackofficeLayout page={page} title={t("bo.merge")} current="merge">
      <h1>{t("bo.merge")}</h1>
      <p class="lead">{t("bo.merge.intro")}</p>
      {error ? (
        <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
          <p>{error}</p>
        </div>
      ) : null}
      {MERGE_KINDS.map((kind) => {
        const picked = chosen?.kind === kind ? chosen : undefined;
        const options = (selected: string | undefined) =>
          choices[kind].map((record) => (
            <option value={record.slug} selected={record.slug === selected}>
              {record.name} ({record.slug})
            </option>
          ));
        return (
          <form method="get" action={action} class="merge-choice" aria-labelledby={`merge-${kind}`}>
            <h2 id={`merge-${kind}`}>{t(`bo.merge.kind.${kind}`)}</h2>
            <input type="hidden" name="kind" value={kind} />
            <div class="field">
              <label class="field-label" for={`merge-${kind}-merged`}>
                {t("bo.merge.merged")}
              </label>
              <select id={`merge-${kind}-merged`} name="merged">
                {options(picked?.merged)}
              </select>
            </div>
            <div class="field">
              <label class="field-label" for={`merge-${kind}-kept`}>
                {t("bo.merge.kept")}
              </label>
              <select id={`merge-${kind}-kept`} name="kept">
                {options(picked?.kept)}
              </select>
            </div>
            <button type="submit">{t("bo.merge.review")}</button>
          </form>
        );
      })}
    </BackofficeLayout>
  );
}

function publicHref(page: PageContext, record: Pick<LinkedRecord, "type" | "slug">): string {
  if (record.type === "call") return page.paths.call(record.slug);
  if (record.type === "article") return page.paths.article(record.slug);
  if (record.type === "theme") return page.paths.theme(record.slug);
  return page.paths.programme(record.slug);
}

/** What the merge moves, then the button that does it. */
export function MergePreviewPage({ page, plan }: { page: PageContext; plan: MergePlan }) {
  const { t } = page;
  const paths = backofficePaths(page.lang);
  const names = { merged: plan.merged.name, kept: plan.kept.name };
  const title = t("bo.merge.previewTitle", names);
  return (
    <BackofficeLayout page={page} title={title} current="merge" crumbs={[{ label: t("bo.merge"), href: paths.merge }]}>
      <h1>{title}</h1>
      <p class="lead">{t("bo.merge.previewIntro", names)}</p>
      <h2>{t("bo.merge.records", names)}</h2>
      {plan.records.length ? (
        <ul>
          {plan.records.map((record) => (
            <li>
              {t(`bo.merge.type.${record.type}`)}: <a href={publicHref(page, record)}>{record.title}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("bo.merge.noRecords", names)}</p>
      )}
      <ul class="plain-list">
        {mergeKinds[plan.kind].followType ? (
          <li>
            {t("bo.merge.follows", {
              moved: plan.follows.moved + plan.follows.alreadyKept,
              already: plan.follows.alreadyKept,
              kept: plan.kept.name,
            })}
          </li>
        ) : null}
        {mergeKinds[plan.kind].searchParam ? <li>{t("bo.merge.savedSearches", { count: plan.savedSearches })}</li> : null}
        {plan.kind === "theme" || plan.kind === "beneficiary_type" ? (
          <li>{t("bo.merge.profiles", { count: plan.profiles })}</li>
        ) : null}
        {plan.labels.length ? <li>{t("bo.merge.labels", { kept: plan.kept.name, labels: plan.labels.join(", ") })}</li> : null}
      </ul>
      <form method="post" action={paths.merge}>
        <CsrfField page={page} />
        <input type="hidden" name="kind" value={plan.kind} />
        <input type="hidden" name="merged" value={plan.merged.slug} />
        <input type="hidden" name="kept" value={plan.kept.slug} />
        <input type="hidden" name="mergedVersion" value={String(plan.merged.version)} />
        <input type="hidden" name="keptVersion" value={String(plan.kept.version)} />
        <button type="submit" class="button-danger">
          {t("bo.merge.confirm")}
        </button>{" "}
        <a href={paths.merge}>{t("bo.merge.cancel")}</a>
      </form>
    </BackofficeLayout>
  );
}
