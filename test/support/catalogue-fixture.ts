import type { CatalogueWriter } from "../../src/modules/history/catalogue-writer.js";
import { buildArticle, buildBeneficiaryType, buildCall, buildEvent, buildProgramme, buildTheme } from "./factories.js";

/**
 * A small connected catalogue, as the origin pages show one: a programme with everything,
 * calls in each status, an event and an article. Built per test file with fresh slugs.
 */
export async function buildCatalogue(writer: CatalogueWriter) {
  const theme = await buildTheme(writer, {
    nameNl: "Werk en sociale zaken",
    nameEn: "Employment and social affairs",
    description: "Arbeidsmarkt, inclusie en levenslang leren.",
    contact: { name: "Sofie Claes", email: "sofie.claes@subsidiegids.be", phone: "02 123 45 67", role: "themaverantwoordelijke" },
  });
  const schools = await buildBeneficiaryType(writer, { nameNl: "Scholen", nameEn: "Schools" });
  const ngo = await buildBeneficiaryType(writer, { nameNl: "Ngo", nameEn: "NGO" });
  const other = await buildProgramme(writer, { name: "Creatief Europa", shortName: "CREA" });
  const programme = await buildProgramme(writer, {
    name: "Europees Sociaal Fonds+",
    shortName: "ESF+",
    period: "2021-2027",
    managementMode: "shared",
    introduction: "Het **ESF+** investeert in mensen.",
    objectives: "Meer mensen aan het werk.",
    keyActions: [{ title: "Kernactiviteit 1", items: ["opleiding", "begeleiding"] }],
    projectTypes: "Werkingskosten",
    partnersNeeded: "no",
    cofinancing: "tbc",
    maxDuration: "tbc",
    applicationProcedure: "Via het e-loket van de managementautoriteit.",
    legislation: [{ reference: "Verordening (EU) 2021/1057", url: "https://eur-lex.europa.eu/eli/reg/2021/1057/oj" }],
    budgetAmountEur: 26.2e9,
    budgetNote: "Voor de hele periode.",
    synergies: [{ programme: other.slug, label: null }],
    themes: [theme.slug],
    beneficiaryTypes: [schools.slug, ngo.slug],
    contacts: [
      {
        label: "Vlaams contactpunt",
        name: "Europa WSE",
        address: "Koning Albert II-laan 35\n1030 Brussel",
        phone: "02 553 44 00",
      },
    ],
  });
  const open = await buildCall(writer, {
    title: "Leerecosystemen fase 2",
    code: "Oproep 65",
    programme: programme.slug,
    introduction: "Netwerken die leren dichter bij mensen brengen.",
    objectives: "- meer leergoesting\n- meer deelname",
    deadlines: [
      { date: "2026-12-10", time: "12:00", label: "fase 1" },
      { date: "2027-03-01", label: "fase 2" },
    ],
    cofinancingShares: [
      { source: "AMIF", bound: "max", percent: 25 },
      { source: "VVSG", bound: "max", percent: 25 },
      { source: "eigen middelen", bound: "min", percent: 50 },
    ],
    contacts: [{ name: "Jan Peeters", email: "jan.peeters@example.be", phone: "02 553 99 41" }],
    links: [{ label: "Oproepfiche", url: "https://example.be/oproep-65" }],
  });
  const closed = await buildCall(writer, {
    title: "Afgesloten oproep",
    programme: programme.slug,
    deadlines: [{ date: "2025-05-07" }],
  });
  const forthcoming = await buildCall(writer, {
    title: "Komende oproep",
    programme: programme.slug,
    opensOn: "2027-02-01",
    themes: [theme.slug],
  });
  const noDeadline = await buildCall(writer, { title: "Oproep zonder deadline", programme: programme.slug });
  const event = await buildEvent(writer, {
    title: "Infosessie oproep 65",
    summary: "Alles over de tweede fase.",
    startsAt: "2026-12-03T09:00:00.000Z",
    endsAt: "2026-12-03T11:00:00.000Z",
    isOnline: true,
    organiser: "Europa WSE",
    contactName: "Lisa Vermeulen",
    contactEmail: "lisa.vermeulen@example.be",
    registrationUrl: "https://example.be/inschrijven",
    publishedAt: "2026-11-01T10:00:00.000Z",
    publishedBy: "Redactie Subsidiegids",
    calls: [open.slug],
  });
  const pastEvent = await buildEvent(writer, {
    title: "Terugblik webinar",
    startsAt: "2026-03-03T09:00:00.000Z",
    location: "Herman Teirlinckgebouw, Brussel",
    recordingUrl: "https://example.be/opname",
  });
  const article = await buildArticle(writer, {
    title: "Wat mag je verwachten over leerecosystemen",
    body: "## Wat?\n\nEen nieuwe aanpak.",
    themes: [theme.slug],
    programmes: [programme.slug],
  });
  return { theme, schools, ngo, programme, other, open, closed, forthcoming, noDeadline, event, pastEvent, article };
}
