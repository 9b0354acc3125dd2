import type { FollowSubjectType } from "../../../platform/db/schema.js";
import { CsrfField } from "../../../platform/views/components/csrf-field.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { guidePaths } from "../guide-paths.js";

export interface FollowState {
  type: FollowSubjectType;
  slug: string;
  /** null: the visitor is not signed in. */
  following: boolean | null;
}

/**
 * "Volgen" / "Niet meer volgen" as a real form. Signed out, it leads to login and back to
 * this page; for a theme the script keeps the pick in the browser instead (data-follow-theme).
 */
export function FollowButton({
  page,
  state,
  describedBy,
}: {
  page: PageContext;
  state: FollowState;
  /** In a list, the id of the title the button is about. */
  describedBy?: string;
}) {
  const { t } = page;
  if (state.following === null) {
    return (
      <form class="follow-form" method="get" action={page.paths.section("login")}>
        <input type="hidden" name="next" value={page.url} />
        <button
          type="submit"
          class="follow-button"
          aria-describedby={describedBy}
          data-follow-theme={state.type === "theme" ? state.slug : undefined}
          data-label-follow={t("follow.follow")}
          data-label-unfollow={t("follow.unfollow")}
        >
          {t("follow.follow")}
        </button>
      </form>
    );
  }
  return (
    <form class="follow-form" method="post" action={guidePaths(page.lang).follow} data-follow-form>
      <CsrfField page={page} />
      <input type="hidden" name="type" value={state.type} />
      <input type="hidden" name="slug" value={state.slug} />
      <input type="hidden" name="next" value={page.url} />
      <button
        type="submit"
        class={state.following ? "follow-button following" : "follow-button"}
        aria-describedby={describedBy}
        name="action"
        value={state.following ? "unfollow" : "follow"}
        data-label-follow={t("follow.follow")}
        data-label-unfollow={t("follow.unfollow")}
      >
        {state.following ? t("follow.unfollow") : t("follow.follow")}
      </button>
    </form>
  );
}
