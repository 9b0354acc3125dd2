import { beneficiaryTypeInput, themeInput } from "../../themes/theme.input.js";
import type { ImportItem } from "../import-batch.js";
import { slugOf } from "./page-slug.js";

/**
 * The guide's own themes and beneficiary types, so a page that names them ("Kmo's",
 * "Internationale Organisaties") yields the guide's spelling and English name.
 */
const themes: [nl: string, en: string, ...aliases: string[]][] = [
  ["Werk en sociale zaken", "Employment and social affairs"],
  ["Onderwijs", "Education"],
  ["Digitale agenda", "Digital agenda"],
  ["Energie en klimaat", "Energy and climate"],
  ["Milieu", "Environment"],
  ["Cultuur en media", "Culture and media"],
  ["Onderzoek en innovatie", "Research and innovation"],
  ["Sociale bescherming", "Social protection"],
  ["Justitie en burgerschap", "Justice and citizenship"],
  ["EU-uitbreiding/buitenlandse acties", "EU enlargement and external action", "Buitenlandse acties"],
  ["Werkgelegenheid", "Employment"],
];

const beneficiaryTypes: [nl: string, en: string, ...aliases: string[]][] = [
  ["Individuele", "Individuals"],
  ["Internationale organisaties", "International organisations"],
  ["Kmo's", "SMEs"],
  ["Koepelorganisaties", "Umbrella organisations"],
  ["Lokale overheid", "Local authorities"],
  ["Ngo", "NGOs"],
  ["Non-profit organisaties", "Non-profit organisations"],
  ["Onderzoeksinstellingen", "Research institutions"],
  ["Private ondernemingen", "Private companies"],
  ["Publieke ondernemingen", "Public companies"],
  ["Regionale of bovenlokale overheden", "Regional or supra-local authorities"],
  ["Scholen", "Schools"],
  ["Universiteit", "Universities"],
];

/** Every spelling a page uses for a term, its aliases too ("Buitenlandse acties"), leads to the one term. */
const index = (rows: [string, string, ...string[]][]) =>
  new Map(
    rows.flatMap(([nameNl, nameEn, ...aliases], position) =>
      [nameNl, ...aliases].map((spelling) => [slugOf(spelling), { slug: slugOf(nameNl), nameNl, nameEn, position }] as const),
    ),
  );
const known = { theme: index(themes), beneficiary_type: index(beneficiaryTypes) };
const counts = { theme: themes.length, beneficiary_type: beneficiaryTypes.length };

export type TermKind = keyof typeof known;

/** A theme or beneficiary type named on a page, as an item that is only created when missing. */
export function termItem(kind: TermKind, name: string, origin: string): { item: ImportItem; unknown: boolean } {
  const term = known[kind].get(slugOf(name));
  const input = {
    slug: term?.slug ?? slugOf(name),
    nameNl: term?.nameNl ?? name,
    nameEn: term?.nameEn ?? name,
    position: term?.position ?? counts[kind],
  };
  const item: ImportItem =
    kind === "theme"
      ? { kind, origin, ifMissing: true, input: themeInput.parse(input) }
      : { kind, origin, ifMissing: true, input: beneficiaryTypeInput.parse(input) };
  return { item, unknown: !term };
}
