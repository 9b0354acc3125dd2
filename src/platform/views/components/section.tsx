import type { Child } from "hono/jsx";
import { Markdown } from "../markdown.js";

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

/** A section of editorial Markdown; absent text means no section, not an empty heading. */
export function MarkdownSection({ id, title, source }: { id: string; title: string; source: string | null }) {
  if (!source) return null;
  return (
    <Section id={id} title={title}>
      <Markdown source={source} />
    </Section>
  );
}
