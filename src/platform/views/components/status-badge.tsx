import type { CallStatus } from "../../../modules/calls/call-status.js";
import type { PageContext } from "../page-context.js";

export function StatusBadge({ page, status }: { page: PageContext; status: CallStatus }) {
  return <span class={`badge badge-${status}`}>{page.t(`status.${status}`)}</span>;
}
