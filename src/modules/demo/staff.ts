import type { ContactInput } from "../history/entity-input.js";

/** The guide's own staff, one of them answers for every theme ("Jouw contact voor dit thema"). */
const staff = {
  els: { name: "Els Verhaegen", role: "Adviseur Europese fondsen", phone: "02 790 41 10" },
  joris: { name: "Joris Maes", role: "Adviseur onderwijs en jeugd", phone: "02 790 41 12" },
  nadia: { name: "Nadia El Amrani", role: "Adviseur onderzoek en digitalisering", phone: "02 790 41 14" },
  pieter: { name: "Pieter Claeys", role: "Adviseur klimaat, milieu en landbouw", phone: "02 790 41 16" },
  hanne: { name: "Hanne Wouters", role: "Adviseur cultuur, burgerschap en externe acties", phone: "02 790 41 18" },
} as const;

export type StaffKey = keyof typeof staff;

export function staffContact(key: StaffKey): ContactInput {
  const person = staff[key];
  const email = `${person.name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z ]/g, "")
    .replace(/ /g, ".")}@subsidiegids.be`;
  return { label: null, ...person, organisation: "Subsidiegids", email, address: null, website: "https://subsidiegids.be" };
}

/** The name an editor signs a publication with ("gepubliceerd op ... door ..."). */
export const staffName = (key: StaffKey): string => staff[key].name;
