import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../../test/support/dialects.js";
import { buildBeneficiaryType, buildProgramme, buildTheme } from "../../../../test/support/factories.js";
import { callStore } from "../../calls/call.store.js";
import { createCatalogueWriter } from "../../history/catalogue-writer.js";
import { mergeImport } from "../import-merger.js";
import { csvImporter } from "./csv.importer.js";

const TEMPLATE = new URL("../../../../examples/imports/calls.csv", import.meta.url).pathname;
const HORIZON = new URL("../../../../../shared/data/eu-ft/horizon-europe-topics-2024-07-11.csv", import.meta.url).pathname;
const now = new Date("2026-08-22T08:00:00Z");

async function importFile(db: TestDb, path: string, options: { skipInvalid?: boolean } = {}) {
  return mergeImport(createCatalogueWriter(db.kysely), await csvImporter.read(path, { now }), { actor: "editor", ...options });
}

async function loadCall(db: TestDb, source: string, externalId: string) {
  return db.kysely.transaction().execute(async (trx) => {
    const id = await callStore.findIdBySource?.(trx, source, externalId);
    return id === undefined ? undefined : (await callStore.load(trx, id))?.input;
  });
}

const callCount = async (db: TestDb) =>
  Number(
    (
      await db.kysely
        .selectFrom("calls")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

function csvFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "csv-import-")), "calls.csv");
  writeFileSync(path, text);
  return path;
}

/** The taxonomy the template example names. */
async function buildTemplateTaxonomy(db: TestDb) {
  const writer = createCatalogueWriter(db.kysely);
  await buildProgramme(writer, { slug: "erasmus-plus-onderwijs-en-opleiding", name: "Erasmus+" });
  for (const slug of ["onderwijs", "werkgelegenheid", "migratie-en-integratie", "sociale-bescherming", "jeugd"]) {
    await buildTheme(writer, { slug });
  }
  for (const slug of ["scholen", "lokale-overheid", "ngo"]) await buildBeneficiaryType(writer, { slug });
}

for (const dialect of DIALECTS) {
  describe(`csv importer on ${dialect}`, () => {
    let db: TestDb;
    afterEach(async () => db?.destroy());

    it("imports the template's example, field by field, and changes nothing the second time", async () => {
      db = await createTestDb(dialect);
      await buildTemplateTaxonomy(db);
      const report = await importFile(db, TEMPLATE);
      expect(report.rejected).toEqual([]);
      expect(report.counts).toMatchObject({ created: 3, rejected: 0 });

      expect(await loadCall(db, "csv", "ERASMUS-EDU-2026-PEX-COVE")).toMatchObject({
        slug: "erasmus-edu-2026-pex-cove",
        title: "Centres of Vocational Excellence",
        programme: "erasmus-plus-onderwijs-en-opleiding",
        opensOn: "2025-11-20",
        deadlines: [{ date: "2026-09-03", time: "17:00", label: null }],
        isRolling: false,
        themes: ["onderwijs", "werkgelegenheid"],
        beneficiaryTypes: ["scholen"],
        partnersNeeded: "yes",
        budgetAmountEur: 55_000_000,
        expectedGrants: 15,
        language: "en",
        source: "csv",
      });
      expect(await loadCall(db, "csv", "Oproep 65")).toMatchObject({
        slug: "oproep-65",
        programme: null,
        deadlines: [
          { date: "2026-05-07", time: "17:00", label: "stage 1" },
          { date: "2026-10-01", time: null, label: "stage 2" },
        ],
        themes: ["migratie-en-integratie", "sociale-bescherming"],
        beneficiaryTypes: ["lokale-overheid", "ngo"],
        budgetAmountEur: 1_500_000,
        language: "nl",
      });
      expect(await loadCall(db, "csv", "doorlopende-steun-jeugdwerk")).toMatchObject({
        code: null,
        isRolling: true,
        deadlines: [],
        partnersNeeded: "sometimes",
      });

      expect((await importFile(db, TEMPLATE)).counts).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    });

    it("rejects a file with a bad date, naming the row, and writes nothing", async () => {
      db = await createTestDb(dialect);
      const path = csvFile(
        "title,deadlines,opens_on\nGoede oproep,2026-05-07,\nSlechte oproep,2026-13-01,\nOok slecht,,07/05/2026\n",
      );
      const report = await importFile(db, path);
      expect(report.committed).toBe(false);
      expect(report.rejected).toEqual([
        { origin: "calls.csv:row 3", reason: expect.stringContaining("deadlines.0.date: geen geldige datum") },
        { origin: "calls.csv:row 4", reason: expect.stringContaining("opens_on: geen geldige datum") },
      ]);
      expect(await callCount(db)).toBe(0);
    });

    it("rejects a row naming an unknown theme or programme, with its row number", async () => {
      db = await createTestDb(dialect);
      const path = csvFile("title;themes;programme\nEen oproep;;\nTweede oproep;bestaat-niet;\n");
      const report = await importFile(db, path);
      expect(report.committed).toBe(false);
      expect(report.rejected).toEqual([{ origin: "calls.csv:row 3", reason: 'unknown themes "bestaat-niet"' }]);
      expect(await callCount(db)).toBe(0);

      const unknownProgramme = await importFile(db, csvFile("title,programme\nDerde oproep,geen-programma\n"));
      expect(unknownProgramme.rejected).toEqual([{ origin: "calls.csv:row 2", reason: 'unknown programmes "geen-programma"' }]);
    });

    it("reads the Horizon Europe topics list: dates, two stages, call and programme", async () => {
      db = await createTestDb(dialect);
      const progress: number[] = [];
      const batch = await csvImporter.read(HORIZON, { now, onProgress: (done) => progress.push(done) });
      expect(progress.at(-1)).toBe(1907);
      const report = await mergeImport(createCatalogueWriter(db.kysely), batch, { actor: "importer" });
      expect(report.rejected).toEqual([]);
      expect(await callCount(db)).toBe(1907);
      expect(await loadCall(db, "horizon-csv", "HORIZON-CL4-2023-RESILIENCE-01-32")).toMatchObject({
        slug: "horizon-cl4-2023-resilience-01-32",
        code: "HORIZON-CL4-2023-RESILIENCE-01-32",
        title: "Bioinspired and biomimetic materials for sustainable textiles (IA)",
        programme: "horizon-europe",
        opensOn: "2022-12-08",
        deadlines: [
          { date: "2023-03-07", time: null, label: "stage 1" },
          { date: "2023-10-05", time: null, label: "stage 2" },
        ],
        projectType: "HORIZON-IA",
        parentCallCode: "HORIZON-CL4-2023-RESILIENCE-01-TWO-STAGE",
        parentCallTitle: "RESILIENT VALUE CHAINS 2023 TWO STAGE",
        url: "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/horizon-cl4-2023-resilience-01-32",
        language: "en",
        introduction: null,
      });
      const again = await importFile(db, HORIZON);
      expect(again.counts).toMatchObject({ created: 0, updated: 0, rejected: 0 });
    }, 180_000);
  });
}
