import type { ThemeInputDraft } from "../themes/theme.input.js";
import { type StaffKey, staffContact } from "./staff.js";

const rows: [slug: string, nameNl: string, nameEn: string, description: string, contact: StaffKey][] = [
  [
    "werk-en-sociale-zaken",
    "Werk en sociale zaken",
    "Employment and social affairs",
    "Steun voor een inclusieve arbeidsmarkt, opleiding en sociale innovatie.",
    "els",
  ],
  [
    "onderwijs",
    "Onderwijs",
    "Education",
    "Samenwerking en mobiliteit in onderwijs en opleiding, van kleuterklas tot volwassenenonderwijs.",
    "joris",
  ],
  [
    "digitale-agenda",
    "Digitale agenda",
    "Digital agenda",
    "Digitale vaardigheden, infrastructuur en diensten voor burgers en bedrijven.",
    "nadia",
  ],
  [
    "energie-en-klimaat",
    "Energie en klimaat",
    "Energy and climate",
    "Hernieuwbare energie, energiebesparing en aanpassing aan de klimaatverandering.",
    "pieter",
  ],
  ["milieu", "Milieu", "Environment", "Natuurbehoud, biodiversiteit, circulaire economie en een gezonde leefomgeving.", "pieter"],
  [
    "cultuur-en-media",
    "Cultuur en media",
    "Culture and media",
    "Creatieve sectoren, erfgoed, audiovisuele productie en nieuwsmedia.",
    "hanne",
  ],
  [
    "onderzoek-en-innovatie",
    "Onderzoek en innovatie",
    "Research and innovation",
    "Onderzoeksprojecten, innovatie in bedrijven en de verspreiding van nieuwe kennis.",
    "nadia",
  ],
  [
    "sociale-bescherming",
    "Sociale bescherming",
    "Social protection",
    "Armoedebestrijding, sociale inclusie en toegang tot basisvoorzieningen.",
    "els",
  ],
  [
    "justitie-en-burgerschap",
    "Justitie en burgerschap",
    "Justice and citizenship",
    "Grondrechten, gelijkheid, democratische participatie en toegang tot het recht.",
    "hanne",
  ],
  [
    "eu-uitbreiding-buitenlandse-acties",
    "EU-uitbreiding/buitenlandse acties",
    "EU enlargement and external action",
    "Samenwerking met kandidaat-lidstaten, buurlanden en partners buiten Europa.",
    "hanne",
  ],
  ["werkgelegenheid", "Werkgelegenheid", "Employment", "Toeleiding naar werk, loopbaanbegeleiding en duurzame jobs.", "els"],
  ["jeugd", "Jeugd", "Youth", "Jeugdwerk, participatie en internationale uitwisselingen voor jongeren.", "joris"],
  ["gezondheid", "Gezondheid", "Health", "Preventie, zorginnovatie en de weerbaarheid van gezondheidssystemen.", "nadia"],
  [
    "landbouw-en-plattelandsontwikkeling",
    "Landbouw en plattelandsontwikkeling",
    "Agriculture and rural development",
    "Duurzame landbouw, voedselketens en leefbare plattelandsgemeenten.",
    "pieter",
  ],
  [
    "regionale-ontwikkeling",
    "Regionale ontwikkeling",
    "Regional development",
    "Investeringen in regio's, steden en grensoverschrijdende samenwerking.",
    "els",
  ],
  [
    "migratie-en-integratie",
    "Migratie en integratie",
    "Migration and integration",
    "Opvang, inburgering en participatie van nieuwkomers.",
    "els",
  ],
];

export const DEMO_THEMES: ThemeInputDraft[] = rows.map(([slug, nameNl, nameEn, description, contact], position) => ({
  slug,
  nameNl,
  nameEn,
  description,
  position,
  contact: staffContact(contact),
}));
