import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../../test/support/dialects.js";
import { callStore } from "../../calls/call.store.js";
import { createCatalogueWriter } from "../../history/catalogue-writer.js";
import { programmeInput } from "../../programmes/programme.input.js";
import { programmeStore } from "../../programmes/programme.store.js";
import { mergeImport } from "../import-merger.js";
import { euFtImporter } from "./eu-ft.importer.js";

const data = (file: string) => new URL(`../../../../../shared/data/eu-ft/${file}`, import.meta.url).pathname;
const FEED = data("sedia-feed-2026-08-22.json");
const SEARCH_API = data("sedia-search-response-excerpt.json");
const GRANTS_TENDERS = data("grantsTenders-sample.json");
const now = new Date("2026-08-22T08:00:00Z");

async function importFile(db: TestDb, path: string, options: { skipInvalid?: boolean } = {}) {
  const batch = await euFtImporter.read(path, { now });
  return mergeImport(createCatalogueWriter(db.kysely), batch, { actor: "importer", ...options });
}

async function loadCall(db: TestDb, code: string) {
  return db.kysely.transaction().execute(async (trx) => {
    const id = await callStore.findIdBySource?.(trx, "eu-ft", code);
    return id === undefined ? undefined : (await callStore.load(trx, id))?.input;
  });
}

async function loadProgramme(db: TestDb, slug: string) {
  return db.kysely.transaction().execute(async (trx) => {
    const id = await programmeStore.findIdBySlug(trx, slug);
    return id === undefined ? undefined : (await programmeStore.load(trx, id))?.input;
  });
}

const count = async (db: TestDb, table: "calls" | "changeRecords" | "programmes") =>
  Number(
    (
      await db.kysely
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** A small feed of our own for the cases the real files do not contain. */
function ownFeed(grants: unknown[]): string {
  const path = join(mkdtempSync(join(tmpdir(), "eu-ft-")), "feed.json");
  writeFileSync(path, JSON.stringify({ grants }));
  return path;
}

const forthcomingTopic = {
  id: "90000001TOPICSen",
  identifier: "LIFE-2027-SAP-NATURE-99",
  title: "Nature &amp; biodiversity pilot",
  summary: "Nature &amp; biodiversity pilot",
  url: "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/LIFE-2027-SAP-NATURE-99",
  callIdentifier: "LIFE-2027-SAP",
  kind: { id: "1", label: "Grant" },
  status: { id: "31094501", label: "Forthcoming" },
  startDate: null,
  plannedOpeningDate: "2027-04-15T00:00:00.000Z",
  deadlineDate: null,
  frameworkProgrammes: [{ id: "43252405", label: "Programme for the Environment and Climate Action (LIFE)" }],
  programmeDivisions: [],
  budget: null,
};

for (const dialect of DIALECTS) {
  describe(`eu-ft importer on ${dialect}`, () => {
    let db: TestDb;
    afterEach(async () => db?.destroy());

    it("imports the normalised feed, field by field, and changes nothing the second time", async () => {
      db = await createTestDb(dialect);
      const first = await importFile(db, FEED);
      expect(first.committed).toBe(true);
      expect(first.rejected).toEqual([]);
      expect(first.counts.created).toBe(first.records.length);
      expect(await count(db, "calls")).toBe(723);

      const pv = await loadCall(db, "HORIZON-CL5-2027-07-D3-17");
      expect(pv).toMatchObject({
        slug: "horizon-cl5-2027-07-d3-17",
        code: "HORIZON-CL5-2027-07-D3-17",
        title: expect.stringMatching(/^PV based electrification of the economy: Designing & optimising PV systems/),
        programme: "horizon-europe",
        opensOn: "2027-08-04",
        deadlines: [{ date: "2027-12-01", time: null, label: null }],
        projectType: "HORIZON Innovation Actions",
        budgetAmountEur: 18_000_000,
        expectedGrants: 3,
        minContributionEur: 6_000_000,
        maxContributionEur: 6_000_000,
        parentCallCode: "HORIZON-CL5-2027-07",
        parentCallTitle: "ENERGY",
        url: "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/HORIZON-CL5-2027-07-D3-17",
        language: "en",
        source: "eu-ft",
        externalId: "HORIZON-CL5-2027-07-D3-17",
      });
      // The portal template's heading is not the summary's first words.
      expect(pv?.introduction).toMatch(/^Large PV systems/);
      expect(pv?.themes).toEqual(["energie-en-klimaat", "onderzoek-en-innovatie"]);
      expect(pv?.links).toEqual([{ label: "EU Funding & Tenders Portal", url: pv?.url }]);

      const withoutAbstract = await loadCall(db, "HORIZON-EIC-2026-DEFENCE-01");
      expect(withoutAbstract).toMatchObject({
        title: "EIC defence call",
        introduction: null,
        deadlines: [{ date: "2026-10-28", time: null, label: null }],
      });

      const twoStage = await loadCall(db, "HORIZON-MISS-2027-05-SOIL-01-two-stage");
      expect(twoStage?.deadlines).toEqual([{ date: "2027-04-08", time: null, label: "stage 1" }]);

      const prospect = await loadCall(db, "EuropeAid/173682/DD/ACT/MG");
      expect(prospect).toMatchObject({ deadlines: [], isRolling: false, programme: "relex-prospect" });

      // "The end of the day" written as 23:59 UTC is that day, not 01:59 the next morning.
      const cascade = await db.kysely
        .selectFrom("callDeadlines")
        .innerJoin("calls", "calls.id", "callDeadlines.callId")
        .select(["dueOn", "dueTime"])
        .where("code", "=", "DIGITAL-ECCC-2024-DEPLOY-NCC-06-MS-COORDINATION")
        .orderBy("dueOn")
        .execute();
      expect(cascade).toEqual([
        { dueOn: "2026-10-19", dueTime: null },
        { dueOn: "2026-12-02", dueTime: "05:00" },
        { dueOn: "2027-07-02", dueTime: "22:00" },
      ]);

      // Programmes get their names, Dutch and English, from the guide's programme names.
      expect(await loadProgramme(db, "erasmus-plus-onderwijs-en-opleiding")).toMatchObject({
        name: "Erasmus+ Onderwijs en Opleiding",
        nameEn: "Erasmus+ Education and Training",
        shortName: "Erasmus+",
        isStub: true,
        source: "eu-ft",
        externalId: "43353764",
      });
      expect(await loadProgramme(db, "rfcs")).toMatchObject({
        name: "Onderzoeksfonds voor kolen en staal",
        nameEn: "Research Fund for Coal and Steel",
        shortName: "RFCS",
      });
      expect(await loadProgramme(db, "edf")).toMatchObject({ name: "Europees Defensiefonds", nameEn: "European Defence Fund" });
      expect(await count(db, "changeRecords")).toBeGreaterThanOrEqual(first.records.length);

      const changesBefore = await count(db, "changeRecords");
      const second = await importFile(db, FEED);
      expect(second.counts).toMatchObject({ created: 0, updated: 0, unchanged: first.records.length, rejected: 0 });
      expect(await count(db, "changeRecords")).toBe(changesBefore);
    }, 120_000);

    it("keeps cascade-funding calls that share their parent topic's identifier apart", async () => {
      db = await createTestDb(dialect);
      await importFile(db, FEED);
      const rows = await db.kysely
        .selectFrom("calls")
        .select(["slug", "externalId"])
        .where("code", "=", "HORIZON-EIE-2021-INNOVSMES-01-01")
        .orderBy("slug")
        .execute();
      expect(rows.length).toBeGreaterThan(1);
      expect(new Set(rows.map((r) => r.externalId)).size).toBe(rows.length);
    }, 120_000);

    it("reads the raw search-API answer: both stages of a two-stage topic, the programme by its id", async () => {
      db = await createTestDb(dialect);
      const report = await importFile(db, SEARCH_API);
      expect(report.counts).toMatchObject({
        created: 2 + 1 + report.records.filter((r) => r.kind === "theme").length,
        rejected: 0,
      });
      expect(report.warnings.map((w) => w.reason)).toContain(
        "the budget overview is not readable JSON (cut off?); budget left unknown",
      );
      const soil = await loadCall(db, "HORIZON-MISS-2027-05-SOIL-01-two-stage");
      expect(soil).toMatchObject({
        programme: "horizon-europe",
        opensOn: "2027-02-04",
        deadlines: [
          { date: "2027-04-08", time: null, label: "stage 1" },
          { date: "2027-09-14", time: null, label: "stage 2" },
        ],
        parentCallCode: "HORIZON-MISS-2027-05-two-stage",
        parentCallTitle: "Supporting the implementation of the Soil Deal for Europe Mission",
        projectType: "HORIZON Research and Innovation Actions",
      });
      // HTML became text: tags gone, the link text kept, no entity left.
      expect(soil?.introduction).toMatch(/^Activities under this topic respond directly to the goal of the Mission Soil/);
      expect(soil?.introduction).not.toMatch(/<|&[a-z]+;/);
      expect(await loadProgramme(db, "horizon-europe")).toMatchObject({ name: "Horizon Europe", nameEn: "Horizon Europe" });
      expect((await importFile(db, SEARCH_API)).counts).toMatchObject({ created: 0, updated: 0 });
    }, 60_000);

    it("reads grantsTenders.json: epoch-millisecond dates, every cut-off, tenders skipped with a reason", async () => {
      db = await createTestDb(dialect);
      const report = await importFile(db, GRANTS_TENDERS);
      expect(report.counts.skipped).toBe(4);
      expect(report.skipped[0]).toEqual({
        origin: "grantsTenders-sample.json#GrantTenderObj[2] NEAR/BEG/2023/EA-RP/0169",
        reason: "a tender (procurement), not a grant",
      });
      expect(await loadCall(db, "ERASMUS-EDU-2022-ECHE-CERT-FP")).toMatchObject({
        title: "Erasmus Charter for Higher Education",
        programme: "erasmus-plus-onderwijs-en-opleiding",
        opensOn: "2022-02-23",
        deadlines: [
          { date: "2022-05-03", time: null, label: null },
          { date: "2023-01-26", time: null, label: null },
          { date: "2024-01-25", time: null, label: null },
          { date: "2025-01-28", time: null, label: null },
          { date: "2026-03-24", time: null, label: null },
        ],
        introduction: null,
        themes: ["jeugd", "onderwijs"],
      });
      expect(await loadProgramme(db, "erasmus-plus-onderwijs-en-opleiding")).toMatchObject({
        name: "Erasmus+ Onderwijs en Opleiding",
        shortName: "Erasmus+",
      });
      expect((await importFile(db, GRANTS_TENDERS)).counts).toMatchObject({ created: 0, updated: 0, skipped: 4 });
    }, 60_000);

    it("imports a forthcoming topic without deadline as a call without deadline", async () => {
      db = await createTestDb(dialect);
      const report = await importFile(db, ownFeed([forthcomingTopic]));
      expect(report.committed).toBe(true);
      expect(await loadCall(db, "LIFE-2027-SAP-NATURE-99")).toMatchObject({
        title: "Nature & biodiversity pilot",
        opensOn: "2027-04-15",
        deadlines: [],
        isRolling: false,
        programme: "life",
        introduction: null,
        budgetAmountEur: null,
      });
    });

    it("leaves a programme the guide already has as its editors keep it", async () => {
      db = await createTestDb(dialect);
      const writer = createCatalogueWriter(db.kysely);
      await writer.save(programmeStore, {
        input: programmeInput.parse({
          slug: "life",
          name: "LIFE-programma",
          shortName: "LIFE",
          introduction: "Onze eigen tekst.",
        }),
        actor: "editor",
      });
      const report = await importFile(db, ownFeed([forthcomingTopic]));
      expect(report.records.find((r) => r.kind === "programme")).toMatchObject({ slug: "life", outcome: "unchanged" });
      expect(await loadProgramme(db, "life")).toMatchObject({ name: "LIFE-programma", introduction: "Onze eigen tekst." });
    });

    it("rejects a file with a broken record as a whole, naming the record, unless told to skip it", async () => {
      db = await createTestDb(dialect);
      const broken = ownFeed([forthcomingTopic, { ...forthcomingTopic, id: "90000002TOPICSen", identifier: "" }]);
      const report = await importFile(db, broken);
      expect(report.committed).toBe(false);
      expect(report.rejected).toEqual([{ origin: "feed.json#grants[1]", reason: "the record has no identifier" }]);
      expect(await count(db, "calls")).toBe(0);
      expect(await count(db, "programmes")).toBe(0);

      const skipping = await importFile(db, broken, { skipInvalid: true });
      expect(skipping.committed).toBe(true);
      expect(await count(db, "calls")).toBe(1);
    });

    it("refuses a truncated file without writing anything", async () => {
      db = await createTestDb(dialect);
      const truncated = ownFeed([]);
      writeFileSync(truncated, readFileSync(FEED, "utf8").slice(0, 50_000));
      await expect(euFtImporter.read(truncated, { now })).rejects.toMatchObject({
        code: "import_failed",
        detail: expect.stringContaining("not valid JSON"),
      });
      expect(await count(db, "calls")).toBe(0);
    });
  });
}
