import { copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../../test/support/dialects.js";
import { callStore } from "../../calls/call.store.js";
import { type CatalogueWriter, createCatalogueWriter } from "../../history/catalogue-writer.js";
import type { EntityStore } from "../../history/save-entity.js";
import { programmeStore } from "../../programmes/programme.store.js";
import { themeInput } from "../../themes/theme.input.js";
import { themeStore } from "../../themes/theme.store.js";
import { mergeImport } from "../import-merger.js";
import { pageImporter } from "./pages.importer.js";

const seeds = new URL("../../../../../shared/seeds/", import.meta.url).pathname;
const read = (path: string) => pageImporter.read(path, { now: new Date() });

function folderWith(pages: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "pages-"));
  for (const [name, content] of Object.entries(pages)) writeFileSync(join(dir, name), content);
  return dir;
}

const callPage = (title: string, deadline: string, extra = "") =>
  `${title}\n\nDeadline\n\n${deadline}\n\nCode\n\nOproep 99\n\nInleiding\n\nEen oproep om te testen.\n${extra}`;

for (const dialect of DIALECTS) {
  describe(`importing origin pages (${dialect})`, () => {
    let db: TestDb;
    let writer: CatalogueWriter;
    const load = <I>(store: EntityStore<I>, slug: string) =>
      db.kysely.transaction().execute(async (trx) => {
        const id = await store.findIdBySlug(trx, slug);
        return id === undefined ? undefined : (await store.load(trx, id))?.input;
      });
    beforeAll(async () => {
      db = await createTestDb(dialect);
      writer = createCatalogueWriter(db.kysely);
    });
    afterAll(() => db.destroy());

    it("writes the five pages, and importing them again changes nothing", async () => {
      const count = async (table: "revisions" | "contacts") =>
        Number(
          (
            await db.kysely
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const first = await mergeImport(writer, await read(seeds), { actor: "test" });
      expect(first.committed).toBe(true);
      expect(first.counts).toEqual({ created: 38, updated: 0, unchanged: 0, skipped: 1, rejected: 0 });
      // Every record has its first revision, and so has every contact the pages name.
      const written = await count("revisions");
      expect(written).toBe(38 + (await count("contacts")));

      const again = await mergeImport(writer, await read(seeds), { actor: "test" });
      expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 38, skipped: 1, rejected: 0 });
      expect(await count("revisions")).toBe(written);
    });

    it("stores the programme with its links: a full programme where the guide has one, a stub elsewhere", async () => {
      const erasmus = await load(programmeStore, "erasmus-plus-onderwijs-en-opleiding");
      expect(erasmus?.synergies.map((s) => s.programme)).toEqual([
        "esi-fondsen",
        "esf-plus",
        "efro",
        "creative-europe",
        "horizon-europe",
        "digital",
      ]);
      expect(erasmus?.contacts[0]).toMatchObject({
        label: "Vlaams contactpunt",
        phone: "02 553 97 31",
        address: "Hendrik Consciencegebouw 3B\nKoning Albert II-laan 15\n1210 Brussel",
      });
      expect(erasmus?.budgetAmountEur).toBe(26.2e9);
      expect((await load(programmeStore, "esf-plus"))?.isStub).toBe(false);
      expect(await load(programmeStore, "creative-europe")).toMatchObject({ name: "Creative Europe", isStub: true });
      const call = await load(callStore, "erasmus-plus-kenniscentra-voor-beroepsopleiding");
      expect(call).toMatchObject({
        programme: "erasmus-plus-onderwijs-en-opleiding",
        deadlines: [{ date: "2024-05-07", time: null, label: null }],
      });
    });

    it("leaves a theme as its editors keep it when a page only names it", async () => {
      const theme = themeInput.parse({
        slug: "onderwijs",
        nameNl: "Onderwijs",
        nameEn: "Education and training",
        description: "Ons eigen woord.",
      });
      expect((await writer.save(themeStore, { input: theme, actor: "redactie" })).outcome).toBe("updated");
      const report = await mergeImport(writer, await read(seeds), { actor: "test" });
      expect(report.counts.updated).toBe(0);
      expect((await load(themeStore, "onderwijs"))?.description).toBe("Ons eigen woord.");
    });

    it("rejects a folder with a malformed page, naming file and line, and writes nothing of it", async () => {
      const dir = folderWith({
        "good.txt": callPage("Een goede oproep", "12 september 2025"),
        "bad.txt": callPage("Een slechte oproep", "volgende week"),
      });
      const report = await mergeImport(writer, await read(dir), { actor: "test" });
      expect(report.committed).toBe(false);
      expect(report.rejected).toEqual([
        {
          origin: expect.stringMatching(/bad\.txt:5$/),
          reason: expect.stringContaining('Deadline "volgende week" is not a date'),
        },
      ]);
      expect(await load(callStore, "een-goede-oproep")).toBeUndefined();
      expect(await load(callStore, "een-slechte-oproep")).toBeUndefined();

      const skipping = await mergeImport(writer, await read(dir), { actor: "test", skipInvalid: true });
      expect(skipping.counts).toMatchObject({ created: 1, rejected: 1 });
      expect(await load(callStore, "een-slechte-oproep")).toBeUndefined();
    });

    it("keeps a heading it does not know as a free section and reports it", async () => {
      const dir = folderWith({
        "extra.txt": callPage("Oproep met extra vraag", "07 mei 2024", "\nWat kost het?\n\nNiets, behalve tijd.\n"),
      });
      const report = await mergeImport(writer, await read(dir), { actor: "test" });
      expect(report.warnings).toEqual([
        { origin: expect.stringMatching(/extra\.txt:15$/), reason: expect.stringContaining('heading "Wat kost het?"') },
      ]);
      const call = await load(callStore, "oproep-met-extra-vraag");
      expect(call?.extraSections).toEqual([{ heading: "Wat kost het?", body: "Niets, behalve tijd." }]);
      expect(call?.introduction).toBe("Een oproep om te testen.");
    });
  });
}

describe("files that are not pages", () => {
  it.each([
    ["binary.txt", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), "binary.txt:1", "binary file"],
    ["untitled.txt", "\n\nDeadline\n\n12 september 2025\n", "untitled.txt:3", "starts with its title"],
    ["data.txt", '{"calls": []}\n', "data.txt:1", "starts with its title"],
    ["latin1.txt", new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]), "latin1.txt:1", "not UTF-8"],
    ["empty.txt", "\n\n", "empty.txt:1", "empty"],
  ])("%s is rejected at its line", async (name, content, where, reason) => {
    const batch = await read(join(folderWith({ [name]: content }), name));
    expect(batch.items).toEqual([]);
    expect(batch.rejected).toEqual([
      { origin: expect.stringMatching(new RegExp(`${where.replace(".", "\\.")}$`)), reason: expect.stringContaining(reason) },
    ]);
  });

  it("a path that does not exist cannot be imported", async () => {
    await expect(read(join(tmpdir(), "no-such-pages"))).rejects.toMatchObject({ code: "import_failed" });
  });

  it("a folder's other files are skipped, not read", async () => {
    const dir = folderWith({ "README.md": "# notes" });
    copyFileSync(`${seeds}001_f714431a4aa2466f.txt`, join(dir, "001.txt"));
    const batch = await read(dir);
    expect(batch.skipped).toEqual([{ origin: expect.stringMatching(/README\.md$/), reason: "not a .txt page" }]);
    expect(batch.items.map((i) => i.kind)).toEqual(["article"]);
  });
});
