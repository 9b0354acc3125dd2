import type { Context } from "hono";
import type { Kysely } from "kysely";
import type { Database, FollowSubjectType } from "../../platform/db/schema.js";
import type { PageContext } from "../../platform/views/page-context.js";
import type { CallDetail } from "../calls/call.queries.js";
import { subscriptionPaths } from "../subscriptions/subscription-paths.js";
import { judgeEligibility } from "./eligibility.js";
import { factsOfCall } from "./eligibility-facts.js";
import { followedBy, isFollowing } from "./follows.repository.js";
import { profileOf } from "./profile.repository.js";
import { EligibilityPanel } from "./views/eligibility-panel.js";
import { FollowButton } from "./views/follow-button.js";

/** The "Volgen" button of a theme, programme or call page, in the state of this visitor. */
export async function followControl(
  db: Kysely<Database>,
  c: Context,
  page: PageContext,
  subject: { type: FollowSubjectType; id: number; slug: string },
) {
  const user = c.get("visitor").user;
  const following = user ? await isFollowing(db, user.id, subject.type, subject.id) : null;
  const button = <FollowButton page={page} state={{ type: subject.type, slug: subject.slug, following }} />;
  // Without an account, a theme can still be followed by e-mail.
  if (following !== null || subject.type !== "theme") return button;
  return (
    <div class="follow-options">
      {button}
      <a class="button-link button-secondary" href={subscriptionPaths(page.lang).forTheme(subject.slug)}>
        {page.t("subscribe.link.theme")}
      </a>
    </div>
  );
}

/** "Volgen" buttons for a list of themes, with one query for all of them; each described by its title. */
export async function themeFollowControls(db: Kysely<Database>, c: Context, page: PageContext) {
  const user = c.get("visitor").user;
  const followed = user ? new Set((await followedBy(db, user.id, page.now)).themes.map((theme) => theme.slug)) : null;
  return (slug: string, describedBy: string) => (
    <FollowButton
      page={page}
      state={{ type: "theme", slug, following: followed ? followed.has(slug) : null }}
      describedBy={describedBy}
    />
  );
}

/** The call page's eligibility panel, judged against the visitor's organisation profile. */
export async function eligibilityPanel(db: Kysely<Database>, c: Context, page: PageContext, call: CallDetail) {
  const user = c.get("visitor").user;
  const type = user ? (await profileOf(db, user.id)).beneficiaryType : null;
  return <EligibilityPanel page={page} eligibility={judgeEligibility(factsOfCall(call), type)} />;
}
