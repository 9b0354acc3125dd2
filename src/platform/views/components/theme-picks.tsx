import type { PageContext } from "../page-context.js";
import { CsrfField } from "./csrf-field.js";

/**
 * Themes picked while signed out live in the browser (site.js): signed out, this is the
 * notice that they are not saved, shown by the script when there are picks; signed in, the
 * form the script posts them with, so they join the account.
 */
export function ThemePicks({ page }: { page: PageContext }) {
  if (page.visitor.user) {
    return (
      <form hidden data-theme-merge method="post" action={`${page.paths.section("myGuide")}/themes`}>
        <CsrfField page={page} />
      </form>
    );
  }
  return (
    <p class="notice follow-banner" role="status" data-follow-banner hidden>
      {page.t("follow.anonymousBanner")}
    </p>
  );
}
