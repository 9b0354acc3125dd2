import type { PublicationState } from "../../../platform/db/schema.js";
import type { PageContext } from "../../../platform/views/page-context.js";

/** A record's workflow state in words, with a note when a change waits beside the live version. */
export function StateBadge({ page, state, pending }: { page: PageContext; state: PublicationState; pending?: boolean }) {
  return (
    <>
      <span class={`state state-${state}`}>{page.t(`bo.state.${state}`)}</span>
      {pending ? <span class="state state-pending"> ({page.t("bo.pending")})</span> : null}
    </>
  );
}
