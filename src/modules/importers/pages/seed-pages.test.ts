import { describe, expect, it } from "vitest";
import type { ArticleInput } from "../../articles/article.input.js";
import type { CallInput } from "../../calls/call.input.js";
import type { EventInput } from "../../events/event.input.js";
import type { ProgrammeInput } from "../../programmes/programme.input.js";
import type { BeneficiaryTypeInput, ThemeInput } from "../../themes/theme.input.js";
import type { ImportBatch, ImportItem } from "../import-batch.js";
import { pageImporter } from "./pages.importer.js";

const seeds = new URL("../../../../../shared/seeds/", import.meta.url).pathname;
const read = (file: string) => pageImporter.read(`${seeds}${file}`, { now: new Date() });

interface Inputs {
  theme: ThemeInput;
  beneficiary_type: BeneficiaryTypeInput;
  programme: ProgrammeInput;
  call: CallInput;
  event: EventInput;
  article: ArticleInput;
}

/** The inputs of one kind: the page's own records, or (full = false) the ones it only names. */
function only<K extends ImportItem["kind"]>(batch: ImportBatch, kind: K, full = true): Inputs[K][] {
  return batch.items.filter((i) => i.kind === kind && !i.ifMissing === full).map((i) => i.input as Inputs[K]);
}

describe("reading the origin pages", () => {
  it("000: the ESF call with its deadline, code and text, and the ESF+ programme with its tbc facts", async () => {
    const batch = await read("000_6631789a632b9f4e.txt");
    expect(batch.rejected).toEqual([]);
    const [call] = only(batch, "call");
    expect(call).toMatchObject({
      title:
        "ESF - oproep Leerecosystemen (fase 2): Nieuwe praktijken voor talentontwikkeling en maatschappelijke innovatie in jouw regio",
      code: "Oproep 65",
      programme: "esf-plus",
      deadlines: [{ date: "2025-09-12", time: null, label: null }],
      infoContact: "Alle informatie over deze oproep vind je op de website van Europa WSE",
      source: "pages",
      externalId: "000_6631789a632b9f4e#call",
      themes: null,
      beneficiaryTypes: null,
    });
    expect(call?.slug).toMatch(/^esf-oproep-leerecosystemen-fase-2-/);
    expect(call?.introduction).toMatch(/^Deze oproep maakt werk van een leercultuur/);
    expect(call?.objectives).toContain("\n\n- Een toename en versterking van toegankelijke contexten");
    expect(call?.objectives).toContain("oproepnummer 66");

    const [programme] = only(batch, "programme");
    expect(programme).toMatchObject({
      slug: "esf-plus",
      name: "Europees Sociaal Fonds+",
      shortName: "ESF+",
      projectTypes: "Werkingskosten",
      partnersNeeded: "no",
      partnersNote: null,
      cofinancing: "tbc",
      maxDuration: "tbc",
      legislation: [
        {
          reference: "Verordening (EU) 2021/1057",
          title: "inzake de oprichting van het Europees Sociaal Fonds+",
          url: "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021R1057",
        },
      ],
      themes: ["werk-en-sociale-zaken"],
      isStub: false,
    });
    expect(programme?.applicationProcedure).toMatch(
      /^- voor het gedeelte in direct beheer bij de EU.*\n- Departement Werk en Economie/,
    );
    expect(programme?.introduction).toContain("- Het Fonds voor Europese hulp aan de meest behoeftigen (FEAD)");
    expect(programme?.objectives).toMatch(/Meer informatie volgt$/);
    expect(programme?.beneficiaryTypes).toHaveLength(13);
    expect(programme?.beneficiaryTypes).toContain("kmos");
    expect(only(batch, "beneficiary_type", false).find((t) => t.slug === "internationale-organisaties")).toMatchObject({
      nameNl: "Internationale organisaties",
      nameEn: "International organisations",
    });
    expect(only(batch, "theme", false)).toEqual([
      expect.objectContaining({ slug: "werk-en-sociale-zaken", nameEn: "Employment and social affairs" }),
    ]);
  });

  it("001: an article with its subtitle and its parts under headings", async () => {
    const batch = await read("001_f714431a4aa2466f.txt");
    expect(batch.items).toHaveLength(1);
    const [article] = only(batch, "article");
    expect(article).toMatchObject({
      slug: "wat-mag-je-verwachten-over-leerecosystemen",
      title: "Wat mag je verwachten over 'Leerecosystemen'",
      subtitle: "Roadshows 2023: Europees programma 2021-2027",
      externalId: "001_f714431a4aa2466f#article",
    });
    expect(article?.body).toMatch(/^## Wat\?\n\nBinnen leerecosystemen/);
    expect(article?.body).toContain(
      "## Met wie werken we graag samen (niet-exhaustief)?\n\n- Lokale en regionale organisaties die\n  - contexten",
    );
    expect(article?.body).toContain("## Volgende stappen\n\nBinnen het ESF OP 2014-2020");
  });

  it("002: the COVE call and the Erasmus+ programme with key actions, legislation, synergies, budget and contact point", async () => {
    const batch = await read("002_a27d2b53b197a223.txt");
    const [call] = only(batch, "call");
    expect(call).toMatchObject({
      slug: "erasmus-plus-kenniscentra-voor-beroepsopleiding",
      code: "ERASMUS-EDU-2024-PEX-COVE",
      programme: "erasmus-plus-onderwijs-en-opleiding",
      deadlines: [{ date: "2024-05-07", time: null, label: null }],
    });
    expect(call?.introduction).toMatch(/^Topkwaliteit op het gebied van beroepsonderwijs/);
    // The numbered list keeps its numbers, the bullets under its second item stay under it, footnotes are marks.
    expect(call?.objectives).toContain("twee niveaus actief:\n\n1. op nationaal niveau");
    expect(call?.objectives).toContain("\n2. Op internationaal niveau");
    expect(call?.objectives).toContain("gezamenlijke interesse delen in:\n   - specifieke sectoren<sup>191</sup> of industriële");
    expect(call?.objectives).toContain("(SDG’s)<sup>193</sup>, integratie");
    expect(call?.introduction).toContain("innovatieve partnerschapsvormen<sup>190</sup> met de arbeidsmarkt");
    expect(call?.infoContact).toMatch(/Funding and Tenders portal\.\n\nMeer info over de oproepen Erasmus\+ 2024/);

    const [programme] = only(batch, "programme");
    expect(programme?.keyActions.map((a) => a.title)).toEqual([
      "Kernactiviteit 1 - Steun voor",
      "Kernactiviteit 2 - Steun voor",
      "Kernactiviteit 3",
      "Jean Monnet-acties",
    ]);
    expect(programme?.keyActions[0]?.items).toHaveLength(5);
    expect(programme?.keyActions[1]?.note).toMatch(/^De acties in het vet en cursief worden beheerd door EPOS/);
    expect(programme).toMatchObject({
      projectTypes: "Implementatie, internationale samenwerking, netwerkvorming",
      partnersNeeded: "yes",
      partnersNote: "in veel gevallen is Europese samenwerking nodig om in aanmerking te komen voor subsidie",
      cofinancing: null,
      maxDuration: null,
      legislation: [
        {
          reference: "Verordening (EU) 2021/817",
          title: "inzake de vaststelling van het Erasmus+ programma",
          url: "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:32021R0817",
        },
      ],
      budgetAmountEur: 26.2e9,
      budgetNote: expect.stringMatching(/^Budget 2021-2027: Het totale budget voor Erasmus\+ is 26,2 miljard euro/),
      period: "2021-2027",
      themes: expect.arrayContaining(["digitale-agenda", "eu-uitbreiding-buitenlandse-acties", "sociale-bescherming"]),
    });
    expect(programme?.themes).toHaveLength(9);
    expect(programme?.synergies.map((s) => s.programme)).toEqual([
      "esi-fondsen",
      "esf-plus",
      "efro",
      "creative-europe",
      "horizon-europe",
      "digital",
    ]);
    expect(only(batch, "programme", false)).toContainEqual(
      expect.objectContaining({
        slug: "esf-plus",
        name: "Europees Sociaal Fonds+",
        nameEn: "European Social Fund Plus",
        shortName: "ESF+",
        isStub: true,
      }),
    );
    expect(programme?.contacts).toEqual([
      {
        label: "Vlaams contactpunt",
        name: "EPOS vzw",
        role: null,
        organisation: "EPOS vzw",
        email: null,
        phone: "02 553 97 31",
        address: "Hendrik Consciencegebouw 3B\nKoning Albert II-laan 15\n1210 Brussel",
        website: null,
      },
      expect.objectContaining({
        label: "Contact Europese Commissie",
        organisation: "Education, Audiovisual and Culture Executive Agency (EACEA)",
      }),
    ]);
    // The "Website fonds" link lost its address in the copy: kept for an editor, and said so.
    expect(programme?.extraSections).toEqual([{ heading: "Info & contact", body: "Website fonds: Erasmus+" }]);
    expect(batch.warnings).toContainEqual({
      origin: expect.stringMatching(/002_a27d2b53b197a223\.txt:187$/),
      reason: expect.stringContaining("Website fonds"),
    });
  });

  it("003: a call without deadline, with a named contact person, under an older programme text", async () => {
    const batch = await read("003_c1463564273ef2ba.txt");
    expect(batch.rejected).toEqual([]);
    const [call] = only(batch, "call");
    expect(call).toMatchObject({
      title: "Erasmus+: Strategische partnerschappen op het gebied van onderwijs en opleiding",
      code: null,
      deadlines: [],
      isRolling: false,
      // The page carries the 2014-2020 text of Erasmus+ (its budget of 14,77 billion): that edition, not today's.
      programme: "erasmus-plus-2014-2020",
      contacts: [
        expect.objectContaining({
          label: "Uw contactpersoon",
          name: "Frederik Van Crombrugge",
          email: "frederik.vancrombrugge@epos-vlaanderen.be",
          phone: "02 553 99 41",
        }),
      ],
    });
    expect(call?.objectives).toContain("HORIZONTALE PRIORITEITEN");
    expect(JSON.stringify(call)).not.toMatch(/U heeft thema|Maak een account aan|VLEVA-contact/);

    const [programme] = only(batch, "programme");
    expect(programme).toMatchObject({ slug: "erasmus-plus-2014-2020", period: "2014-2020" });
    expect(programme?.introduction).toMatch(/^- Erasmus\+ is het Europese subsidieprogramma/);
    expect(programme?.keyActions.map((a) => a.title)).toEqual([
      "Kernactie 1: Individuele leermobiliteit",
      "Kernactie 2: Samenwerking voor innovatie en uitwisseling van goede praktijken",
      "Kernactie 3: Ondersteuning voor beleidshervormingen gecoördineerd op Europees niveau",
    ]);
    // "Buitenlandse acties" is the guide's "EU-uitbreiding/buitenlandse acties", not a theme of its own.
    expect(programme?.themes).toEqual([
      "eu-uitbreiding-buitenlandse-acties",
      "onderwijs",
      "onderzoek-en-innovatie",
      "werkgelegenheid",
    ]);
    expect(programme?.budgetAmountEur).toBe(11.5e9);
    expect(programme?.website).toBe("https://ec.europa.eu/programmes/erasmus-plus/index_en.htm");
    expect(programme?.extraSections.map((s) => s.heading)).toEqual([
      "Wie komt in aanmerking voor subsidies uit het Eramus+ programma?",
      "Welke landen kunnen deelnemen aan het Erasmus+ programma?",
      "Info & contact",
    ]);
    expect(batch.warnings).toContainEqual({
      origin: expect.stringMatching(/003_c1463564273ef2ba\.txt:88$/),
      reason: expect.stringContaining('heading "Welke landen kunnen deelnemen aan het Erasmus+ programma?"'),
    });
  });

  it("004: an info session in Brussels time, online, with organiser, contact, publication and the call's co-financing split", async () => {
    const batch = await read("004_8fe56c969e56a703.txt");
    const [event] = only(batch, "event");
    expect(event).toMatchObject({
      title: "Infosessie ESF-oproep 507: Proeftuinen sociale netwerking en participatie voor inburgeraars",
      startsAt: "2020-09-03T08:00:00.000Z",
      endsAt: "2020-09-03T10:00:00.000Z",
      isOnline: true,
      location: null,
      organiser: "ESF Vlaanderen",
      contactName: "Lisa Van Hecke",
      contactEmail: "lisa.vanhecke@vlaanderen.be",
      registrationUrl: null,
      publishedAt: "2020-08-26T22:00:00.000Z",
      publishedBy: "Bram Bruggeman",
      calls: ["esf-oproep-507-proeftuinen-sociale-netwerking-en-participatie-voor-inburgeraars"],
    });
    expect(event?.summary).toMatch(/^Deze oproep heeft als doelstelling/);
    expect(event?.body).toMatch(/^ESF Vlaanderen organiseert één digitale infosessie/);
    expect(event?.body).not.toMatch(/Een initiatief van|Contactpersoon|gepubliceerd op/);

    const [call] = only(batch, "call", false);
    expect(call).toMatchObject({
      code: "Oproep 507",
      state: "draft",
      cofinancingShares: [
        { source: "AMIF", bound: "max", percent: 25 },
        { source: "cofinanciering VVSG", bound: "max", percent: 25 },
        { source: "eigen financiering", bound: "min", percent: 50 },
      ],
    });
    expect(batch.warnings).toContainEqual({
      origin: expect.stringMatching(/004_8fe56c969e56a703\.txt:23$/),
      reason: expect.stringContaining("Meer info via deze weblink"),
    });
  });
});
