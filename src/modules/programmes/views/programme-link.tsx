import type { PageContext } from "../../../platform/views/page-context.js";
import { programmeNameIn } from "../programme-names.js";

/** A link to a programme under its name in the page's language, a Dutch name marked as Dutch. */
export function ProgrammeLink({
  page,
  programme,
}: {
  page: PageContext;
  programme: { slug: string; name: string; nameEn: string | null };
}) {
  const name = programmeNameIn(page.lang, programme);
  return (
    <a href={page.paths.programme(programme.slug)} lang={name.lang !== page.lang ? name.lang : undefined}>
      {name.text}
    </a>
  );
}
