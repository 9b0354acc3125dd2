import type { ArticleInput } from "../articles/article.input.js";
import type { CallInput } from "../calls/call.input.js";
import type { ProgrammeInput } from "../programmes/programme.input.js";

/** Slugs to replace, per kind of record linked to: a merge renames one, an import mapping several. */
export interface LinkRenames {
  programme?: ReadonlyMap<string, string>;
  theme?: ReadonlyMap<string, string>;
  beneficiary_type?: ReadonlyMap<string, string>;
}

export type LinkingRecord =
  | { kind: "call"; input: CallInput }
  | { kind: "programme"; input: ProgrammeInput }
  | { kind: "article"; input: ArticleInput };

/**
 * A record's input with its links renamed. Inputs name what they link to by slug, so moving
 * a link is saving the input again with another slug; a renamed list keeps each slug once.
 */
export function renameLinks<R extends LinkingRecord>(record: R, renames: LinkRenames): R["input"] {
  const one = (map: ReadonlyMap<string, string> | undefined, slug: string) => map?.get(slug) ?? slug;
  const list = (map: ReadonlyMap<string, string> | undefined, slugs: readonly string[]) => [
    ...new Set(slugs.map((s) => one(map, s))),
  ];
  switch (record.kind) {
    case "call": {
      const input = record.input;
      return {
        ...input,
        programme: input.programme === null ? null : one(renames.programme, input.programme),
        themes: input.themes === null ? null : list(renames.theme, input.themes),
        beneficiaryTypes: input.beneficiaryTypes === null ? null : list(renames.beneficiary_type, input.beneficiaryTypes),
      };
    }
    case "programme": {
      const input = record.input;
      const seen = new Set<string>([input.slug]);
      const synergies = input.synergies.flatMap((s) => {
        const programme = one(renames.programme, s.programme);
        if (seen.has(programme)) return [];
        seen.add(programme);
        return [{ ...s, programme }];
      });
      return {
        ...input,
        synergies,
        themes: list(renames.theme, input.themes),
        beneficiaryTypes: list(renames.beneficiary_type, input.beneficiaryTypes),
      };
    }
    case "article": {
      const input = record.input;
      return { ...input, programmes: list(renames.programme, input.programmes), themes: list(renames.theme, input.themes) };
    }
  }
}
