import type { Child } from "hono/jsx";

/** A titled page section; the id makes it linkable and labels it for assistive technology. */
export function Section({
  id,
  title,
  children,
  class: className,
}: {
  id: string;
  title: string;
  children: Child;
  class?: string;
}) {
  return (
    <section aria-labelledby={`${id}-title`} class={className ?? "page-section"} id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
