import type { PageContext } from "../page-context.js";

/** Every form that changes something carries the visitor's token (checked by the visitor middleware). */
export function CsrfField({ page }: { page: PageContext }) {
  return <input type="hidden" name="_csrf" value={page.visitor.csrfToken} />;
}
