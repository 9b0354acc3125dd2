import slugify from "@sindresorhus/slugify";
import { type ProgrammeInput, programmeInput } from "../../programmes/programme.input.js";
import { knownByLabel, knownByPortalId } from "../programme-names.js";
import { portalLabel } from "./portal-text.js";

/** The portal's label for a framework programme id, for files that give only the id. */
export const frameworkProgrammeLabel = (id: string): string | null => {
  const known = knownByPortalId(id);
  const code = known?.portalCode ?? known?.shortName;
  return known ? `${known.nameEn}${code ? ` (${code})` : ""}` : null;
};

/** The portal's code of a framework programme ("HORIZON", "ERASMUS"), by which the theme mapping knows it. */
export const portalCode = (id: string, label: string | null): string | null =>
  cleanProgrammeLabel(label ?? frameworkProgrammeLabel(id) ?? "").shortName;

/**
 * Splits and cleans a portal label such as "Erasmus  (ERASMUS )": the portal's form
 * encoding turned "+" into spaces, so a name and abbreviation that end in a space lost
 * their plus. Percent-escapes ("Coal %26 Steel") and doubled spaces are repaired too.
 */
export function cleanProgrammeLabel(raw: string): { name: string; shortName: string | null } {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(raw);
  const lostPlus = /\S {2}\(/.test(raw) && /\S \)/.test(raw);
  const name = portalLabel(match?.[1] ?? raw) ?? raw.trim();
  const shortName = portalLabel(match?.[2])?.replace(/\+$/, "") ?? null;
  return { name: lostPlus && !name.endsWith("+") ? `${name}+` : name, shortName };
}

/**
 * The programme a framework programme stands for, by its portal id or its label in the
 * guide's programme names (programme-names.json): a stub with its Dutch and English name,
 * created on first import. A programme the names do not know gets a stub under its label.
 */
export function portalProgramme(id: string, label: string | null): ProgrammeInput {
  const { name, shortName } = cleanProgrammeLabel(label ?? `EU programme ${id}`);
  const known = knownByPortalId(id) ?? knownByLabel([shortName, name]);
  return programmeInput.parse({
    slug: known?.slug ?? slugify(shortName ?? name, { decamelize: false }),
    name: known?.nameNl ?? name,
    nameEn: known?.nameEn ?? name,
    shortName: known ? known.shortName : shortName,
    period: known?.period ?? null,
    language: known ? "nl" : "en",
    isStub: true,
    source: "eu-ft",
    externalId: id,
  });
}
