import type { BeneficiaryTypeInputDraft } from "../themes/theme.input.js";

/** The beneficiary types of the origin guide, in the order a visitor knows them. */
const rows: [slug: string, nameNl: string, nameEn: string, description: string][] = [
  ["individuele", "Individuele", "Individuals", "Personen die op eigen naam een beurs of steun aanvragen."],
  [
    "internationale-organisaties",
    "Internationale organisaties",
    "International organisations",
    "Organisaties met leden of werking in meerdere landen.",
  ],
  ["kmos", "Kmo's", "SMEs", "Kleine en middelgrote ondernemingen volgens de Europese definitie."],
  [
    "koepelorganisaties",
    "Koepelorganisaties",
    "Umbrella organisations",
    "Federaties en netwerken die hun leden vertegenwoordigen.",
  ],
  ["lokale-overheid", "Lokale overheid", "Local authorities", "Gemeenten, OCMW's en andere lokale besturen."],
  ["ngo", "Ngo", "NGOs", "Niet-gouvernementele organisaties uit het middenveld."],
  [
    "non-profit-organisaties",
    "Non-profit organisaties",
    "Non-profit organisations",
    "Vzw's, stichtingen en andere organisaties zonder winstoogmerk.",
  ],
  [
    "onderzoeksinstellingen",
    "Onderzoeksinstellingen",
    "Research institutions",
    "Strategische onderzoekscentra en andere onderzoeksorganisaties.",
  ],
  ["private-ondernemingen", "Private ondernemingen", "Private companies", "Bedrijven van elke omvang in private handen."],
  [
    "publieke-ondernemingen",
    "Publieke ondernemingen",
    "Public companies",
    "Ondernemingen waarin de overheid een beslissende invloed heeft.",
  ],
  [
    "regionale-of-bovenlokale-overheden",
    "Regionale of bovenlokale overheden",
    "Regional or supra-local authorities",
    "Provincies, intercommunales, de Vlaamse overheid en haar agentschappen.",
  ],
  ["scholen", "Scholen", "Schools", "Scholen voor basis-, secundair en volwassenenonderwijs."],
  ["universiteit", "Universiteit", "Universities", "Universiteiten en hogescholen."],
];

export const DEMO_BENEFICIARY_TYPES: BeneficiaryTypeInputDraft[] = rows.map(([slug, nameNl, nameEn, description], position) => ({
  slug,
  nameNl,
  nameEn,
  description,
  position,
}));
