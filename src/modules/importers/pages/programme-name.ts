import { slugOf } from "./page-slug.js";

export interface ProgrammeName {
  slug: string;
  name: string;
  shortName: string | null;
}

/**
 * "Europees Sociaal Fonds+ - ESF+" and "het Europees Sociaal Fonds Plus (ESF+)" both name
 * ESF+: the short name, when there is one, makes the slug, so both land on one programme.
 */
export function programmeName(text: string): ProgrammeName {
  const clean = text
    .trim()
    .replace(/[,;.]+$/, "")
    .replace(/^(het|de|een)\s+/i, "");
  const match = /^(.+?)\s+(?:-\s+(\S{2,20})|\((\S[^()]{0,19})\))$/.exec(clean);
  const name = match?.[1] ?? clean;
  const shortName = match?.[2] ?? match?.[3] ?? null;
  return { slug: slugOf(shortName ?? name), name, shortName };
}
