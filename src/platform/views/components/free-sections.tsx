import type { FreeSection } from "../../../modules/history/entity-input.js";
import { Markdown } from "../markdown.js";
import { Section } from "./section.js";

/** Sections an importer found but could not place: shown, never dropped. */
export function FreeSections({ sections }: { sections: FreeSection[] }) {
  return (
    <>
      {sections.map((s, i) => (
        <Section id={`extra-${i + 1}`} title={s.heading}>
          <Markdown source={s.body} />
        </Section>
      ))}
    </>
  );
}
