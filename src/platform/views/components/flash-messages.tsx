import type { PageContext } from "../page-context.js";

/** The one-time messages the previous request left (logged in, mail sent, ...). */
export function FlashMessages({ page }: { page: PageContext }) {
  const flash = page.visitor.flash;
  if (!flash.length) return null;
  return (
    <div class="flash-messages" role="status">
      {flash.map((f) => (
        <p class={`flash flash-${f.kind}`}>{page.t(f.key)}</p>
      ))}
    </div>
  );
}
