import { knownByLabel } from "../programme-names.js";
import { slugOf } from "./page-slug.js";

export interface ProgrammeName {
  slug: string;
  name: string;
  nameEn: string | null;
  shortName: string | null;
  /** The period of the edition the names file tells this text apart as, when it does. */
  period: string | null;
}

/**
 * "Europees Sociaal Fonds+ - ESF+" and "het Europees Sociaal Fonds Plus (ESF+)" both name
 * ESF+: a programme the guide's programme names know gets its slug and both names from
 * there; otherwise the short name, when there is one, makes the slug, so both land on one
 * programme. `text` is the programme's text on the page, which can mark an older edition.
 */
export function programmeName(text: string, pageText = ""): ProgrammeName {
  const clean = text
    .trim()
    .replace(/[,;.]+$/, "")
    .replace(/^(het|de|een)\s+/i, "");
  const match = /^(.+?)\s+(?:-\s+(\S{2,20})|\((\S[^()]{0,19})\))$/.exec(clean);
  const name = match?.[1] ?? clean;
  const shortName = match?.[2] ?? match?.[3] ?? null;
  const known = knownByLabel([clean, name, shortName], pageText);
  if (known) {
    return { slug: known.slug, name: known.nameNl, nameEn: known.nameEn, shortName: known.shortName, period: known.period };
  }
  return { slug: slugOf(shortName ?? name), name, nameEn: null, shortName, period: null };
}
